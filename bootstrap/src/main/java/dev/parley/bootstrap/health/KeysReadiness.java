package dev.parley.bootstrap.health;

import dev.parley.bootstrap.keys.KeySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when at least one valid API key is configured; reports how many, never which secret. */
@Readiness
@ApplicationScoped
public class KeysReadiness implements HealthCheck {

    private KeySource keys;

    protected KeysReadiness() {
    }

    @Inject
    public KeysReadiness(KeySource keys) {
        this.keys = keys;
    }

    @Override
    public HealthCheckResponse call() {
        KeySource.Resolved r = keys.resolve();
        return HealthCheckResponse.named("api-keys")
                .status(!r.keys().isEmpty())
                .withData("keys", r.keys().size())
                .withData("problem", r.problem().orElse("none"))
                .build();
    }
}
