package dev.parley.bootstrap.health;

import dev.parley.bootstrap.messaging.MessagingRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the messaging server (NATS) is up: without it no participant session can start. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    private MessagingRuntime messaging;

    protected MessagingReadiness() {
    }

    @Inject
    public MessagingReadiness(MessagingRuntime messaging) {
        this.messaging = messaging;
    }

    @Override
    public HealthCheckResponse call() {
        String problem = messaging.problem().orElse("none");
        return HealthCheckResponse.named("messaging").status("none".equals(problem)).withData("problem", problem).build();
    }
}
