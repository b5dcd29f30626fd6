package dev.parley.bootstrap.wiring;

import dev.parley.adapter.rest.webhook.JdkWebhookSender;
import dev.parley.application.webhook.WebhookDeliveryService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the webhook outbox: every poll interval, claims due messages and sends them until
 * none is left; hourly, purges messages delivered more than the retention ago. Runs outside any
 * business transaction (each outbox operation has its own). Off when no URL is configured.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger("parley");

    @Inject
    private WebhookConfig config;

    @Inject
    private TransactionalWebhookOutbox outbox;

    @Inject
    private TransactionalTokenMinter tokens;

    @Inject
    private AuditTrail audit;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (config.endpoints().isEmpty()) {
            return;
        }
        WebhookDeliveryService delivery = new WebhookDeliveryService(outbox, JdkWebhookSender.withDefaults(), tokens, audit,
                config.settings(), Clock.systemUTC());
        long every = Math.max(100, config.pollInterval().toMillis());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int rounds = 0;
                while (delivery.deliverDue().foundWork() && ++rounds < 1000) {
                    // keep going while there is due work
                }
            } catch (RuntimeException | LinkageError e) {
                // Caught so the schedule goes on; the class name only (messages may carry data).
                LOG.log(Level.WARNING, "webhook delivery round failed: " + e.getClass().getName());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                delivery.purgeDelivered();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "webhook purge failed: " + e.getClass().getSimpleName());
            }
        }, 1, 1, TimeUnit.HOURS);
        LOG.info("webhooks: delivering to " + config.endpoints().size() + " endpoint(s)");
    }
}
