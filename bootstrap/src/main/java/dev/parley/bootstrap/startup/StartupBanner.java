package dev.parley.bootstrap.startup;

import dev.parley.bootstrap.config.DataDirectory;
import dev.parley.bootstrap.config.ParleyConfig;
import dev.parley.bootstrap.keys.ApiKey;
import dev.parley.bootstrap.keys.KeySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * At start: prepares the data directory, resolves the API keys and prints where to go next.
 * A development secret is printed exactly once, when it is generated; afterwards only key ids.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger("parley");

    private ParleyConfig config;
    private KeySource keys;

    protected StartupBanner() {
    }

    @Inject
    public StartupBanner(ParleyConfig config, KeySource keys) {
        this.config = config;
        this.keys = keys;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            DataDirectory.prepare(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
        KeySource.Resolved resolved = keys.resolve();
        StringBuilder banner = new StringBuilder("\n");
        banner.append("  Parley is running").append(config.dev() ? " in DEVELOPMENT mode" : "").append('\n');
        banner.append("    URL:        ").append(config.baseUrl()).append('\n');
        banner.append("    Health:     ").append(config.baseUrl()).append("/health/ready\n");
        banner.append("    Data:       ").append(config.dataDir()).append('\n');
        if (!resolved.keys().isEmpty()) {
            banner.append("    API key(s): ").append(resolved.keys().stream().map(ApiKey::id).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        resolved.newlyCreatedDevKey().ifPresent(k -> banner
                .append("    API secret: ").append(new String(k.secret(), StandardCharsets.UTF_8))
                .append("   <- shown once; also kept in ").append(config.dataDir().resolve("dev-api-key.properties"))
                .append('\n'));
        resolved.problem().ifPresent(p -> banner.append("    NOT READY:  ").append(p).append('\n'));
        if (!resolved.keys().isEmpty()) {
            banner.append("    Next:       T=$(./parley token create --room demo --identity you --grant roomCreate=true)   (a join token)\n");
            banner.append("                curl -X POST -H \"Authorization: Bearer $T\" ").append(config.baseUrl())
                    .append("/api/verifyToken   (start a session: NATS credential, signaling URL)\n");
            banner.append("                ./parley keys list                                  (the key ring)\n");
            banner.append("                LiveKit server SDKs: RoomServiceClient(\"").append(config.baseUrl())
                    .append("\", key, secret); README.md lists every endpoint\n");
        }
        LOG.info(banner.toString());
    }
}
