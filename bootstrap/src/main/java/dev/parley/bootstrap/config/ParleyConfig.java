package dev.parley.bootstrap.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parley's configuration. Each key can be set as a system property or as an environment
 * variable (MicroProfile Config maps {@code parley.data.dir} to {@code PARLEY_DATA_DIR}).
 * Defaults live in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class ParleyConfig {

    private int httpPort;
    private String httpHost;
    private Path dataDir;
    private Optional<String> keys;
    private boolean dev;

    /** For CDI proxies. */
    protected ParleyConfig() {
    }

    @Inject
    public ParleyConfig(
            @ConfigProperty(name = "parley.http.port", defaultValue = "7880") int httpPort,
            @ConfigProperty(name = "parley.http.host", defaultValue = "127.0.0.1") String httpHost,
            @ConfigProperty(name = "parley.data.dir", defaultValue = "./data") String dataDir,
            @ConfigProperty(name = "parley.keys") Optional<String> keys,
            @ConfigProperty(name = "parley.dev", defaultValue = "false") boolean dev) {
        this.httpPort = httpPort;
        this.httpHost = httpHost;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.keys = keys.filter(k -> !k.isBlank());
        this.dev = dev;
    }

    /** The HTTP port the server was told it listens on ({@code PARLEY_HTTP_PORT}, default 7880). */
    public int httpPort() {
        return httpPort;
    }

    /** The address the HTTP listener binds to ({@code PARLEY_HTTP_HOST}, default loopback). */
    public String httpHost() {
        return httpHost;
    }

    /** Where Parley keeps its database and key files ({@code PARLEY_DATA_DIR}, default ./data). */
    public Path dataDir() {
        return dataDir;
    }

    /** API keys as {@code key1:secret1,key2:secret2} ({@code PARLEY_KEYS}); never logged. */
    public Optional<String> keys() {
        return keys;
    }

    /** Development mode ({@code PARLEY_DEV}): generates a key pair at first start, allows short secrets. */
    public boolean dev() {
        return dev;
    }

    /** The URL a newcomer opens. */
    public String baseUrl() {
        String host = "0.0.0.0".equals(httpHost) || "::".equals(httpHost) ? "localhost" : httpHost;
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + httpPort;
    }
}
