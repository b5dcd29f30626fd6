package dev.parley.bootstrap.wiring;

import dev.parley.application.webhook.WebhookEndpoint;
import dev.parley.application.webhook.WebhookSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook configuration ({@code PARLEY_WEBHOOK_URLS}, comma-separated; empty: webhooks off), the
 * key that signs them ({@code PARLEY_WEBHOOK_API_KEY}; default the newest active key) and the
 * retry schedule (1 s doubling to 5 min, given up after 24 h and audited).
 */
@ApplicationScoped
public class WebhookConfig {

    @Inject
    @ConfigProperty(name = "parley.webhook.urls", defaultValue = " ")
    String urls;

    @Inject
    @ConfigProperty(name = "parley.webhook.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "parley.webhook.initial-backoff", defaultValue = "PT1S")
    Duration initialBackoff;

    @Inject
    @ConfigProperty(name = "parley.webhook.max-backoff", defaultValue = "PT5M")
    Duration maxBackoff;

    @Inject
    @ConfigProperty(name = "parley.webhook.max-age", defaultValue = "PT24H")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "parley.webhook.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    /** The endpoints; empty when webhooks are off. */
    public List<WebhookEndpoint> endpoints() {
        return Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(WebhookEndpoint::of).toList();
    }

    /** The delivery settings. */
    public WebhookSettings settings() {
        WebhookSettings s = WebhookSettings.defaults(endpoints()).withRetry(initialBackoff, maxBackoff, 0.2, maxAge);
        return apiKey.filter(k -> !k.isBlank()).map(s::withSigningKeyId).orElse(s);
    }

    /** How often the worker looks for due messages. */
    public Duration pollInterval() {
        return pollInterval;
    }
}
