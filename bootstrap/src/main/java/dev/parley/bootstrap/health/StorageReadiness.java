package dev.parley.bootstrap.health;

import dev.parley.bootstrap.config.DataDirectory;
import dev.parley.bootstrap.config.ParleyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the data directory is usable. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    private ParleyConfig config;

    protected StorageReadiness() {
    }

    @Inject
    public StorageReadiness(ParleyConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("storage")
                .status(DataDirectory.usable(config.dataDir()))
                .build();
    }
}
