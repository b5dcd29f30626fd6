package dev.parley.bootstrap.health;

import dev.parley.bootstrap.keys.KeySource;
import dev.parley.bootstrap.keys.MasterKeySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when at least one valid API key and the master key are configured; reports how many keys, never a secret. */
@Readiness
@ApplicationScoped
public class KeysReadiness implements HealthCheck {

    private KeySource keys;
    private MasterKeySource masterKey;

    protected KeysReadiness() {
    }

    @Inject
    public KeysReadiness(KeySource keys, MasterKeySource masterKey) {
        this.keys = keys;
        this.masterKey = masterKey;
    }

    @Override
    public HealthCheckResponse call() {
        KeySource.Resolved r = keys.resolve();
        String problem = r.problem().orElse(masterKey.masterKeyBase64().isEmpty()
                ? "no master key configured: set PARLEY_MASTER_KEY (32 bytes, base64) to seal API secrets at rest"
                : "none");
        return HealthCheckResponse.named("api-keys")
                .status("none".equals(problem))
                .withData("keys", r.keys().size())
                .withData("problem", problem)
                .build();
    }
}
