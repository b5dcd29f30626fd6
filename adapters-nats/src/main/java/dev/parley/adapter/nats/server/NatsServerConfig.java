package dev.parley.adapter.nats.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of an embedded {@code nats-server} 2.9 in operator (JWT) mode:
 * <ul>
 *   <li>client listener and WebSocket listener on {@code host} (loopback in the embedded default;
 *       the WebSocket listener has {@code no_tls}, TLS belongs to the reverse proxy in front);</li>
 *   <li>JetStream with its store under {@code dataDir/jetstream};</li>
 *   <li>Parley's operator JWT, the system account, and a {@code full} resolver storing account
 *       JWTs under {@code dataDir/jwt}, which accepts account JWT updates (revocations) at run
 *       time through {@code $SYS.REQ.ACCOUNT.<account>.CLAIMS.UPDATE} when the operator signed them;</li>
 *   <li>the system and application account JWTs preloaded.</li>
 * </ul>
 * Contains no secret (JWTs are signed public statements), so it may be written to disk as is.
 *
 * @param host          listen address of both listeners
 * @param port          client (TCP) port
 * @param websocketPort WebSocket port
 * @param dataDir       directory for JetStream, resolver, log and pid files
 * @param operatorJwt   the operator JWT
 * @param systemAccount the system account's public key
 * @param preload       account public key to account JWT
 */
public record NatsServerConfig(String host, int port, int websocketPort, Path dataDir, String operatorJwt,
        String systemAccount, Map<String, String> preload) {

    /** Name of the configuration file inside the data directory. */
    public static final String FILE_NAME = "nats-server.conf";

    public NatsServerConfig {
        Objects.requireNonNull(host, "host");
        requirePort(port);
        requirePort(websocketPort);
        if (port == websocketPort) {
            throw new IllegalArgumentException("client and WebSocket ports must differ");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        requireSafe(host);
        requireSafe(dataDir.toString());
        requireSafe(Objects.requireNonNull(operatorJwt, "operatorJwt"));
        requireSafe(Objects.requireNonNull(systemAccount, "systemAccount"));
        preload = Map.copyOf(new LinkedHashMap<>(preload));
        preload.forEach((k, v) -> {
            requireSafe(k);
            requireSafe(v);
        });
    }

    private static void requirePort(int p) {
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("port out of range: " + p);
        }
    }

    /** Values are written inside double quotes: refuse anything that could end the string or the line. */
    private static void requireSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("configuration value contains a character the configuration cannot hold");
            }
        }
    }

    public Path configFile() {
        return dataDir.resolve(FILE_NAME);
    }

    public Path pidFile() {
        return dataDir.resolve("nats-server.pid");
    }

    public Path logFile() {
        return dataDir.resolve("nats-server.log");
    }

    public Path jetStreamDir() {
        return dataDir.resolve("jetstream");
    }

    public Path resolverDir() {
        return dataDir.resolve("jwt");
    }

    /**
     * What the administrator of an existing NATS cluster adds to every server's configuration so
     * that it trusts Parley's operator and accepts Parley's account JWT updates (docs/messaging.md).
     * Holds public statements only (JWTs and a public key), no secret.
     *
     * @param operatorJwt          Parley's operator JWT
     * @param systemAccount        Parley's system account public key
     * @param systemAccountJwt     Parley's system account JWT
     * @param resolverDir          where each server keeps account JWTs
     */
    public static String clusterSnippet(String operatorJwt, String systemAccount, String systemAccountJwt, String resolverDir) {
        for (String v : new String[] {operatorJwt, systemAccount, systemAccountJwt, resolverDir}) {
            requireSafe(v);
        }
        return "# Trust Parley's operator; Parley pushes its application account JWT at start-up and on every revocation.\n"
                + "operator: \"" + operatorJwt + "\"\n"
                + "system_account: \"" + systemAccount + "\"\n"
                + "resolver: {\n  type: full\n  dir: \"" + resolverDir + "\"\n  allow_delete: false\n  interval: \"2m\"\n}\n"
                + "resolver_preload: {\n  " + systemAccount + ": \"" + systemAccountJwt + "\"\n}\n";
    }

    /** The configuration file's text. */
    public String render() {
        StringBuilder b = new StringBuilder(4096);
        b.append("# Written by Parley at every start of the embedded NATS server; edits are lost.\n");
        b.append("server_name: \"parley-embedded\"\n");
        b.append("listen: \"").append(host).append(':').append(port).append("\"\n");
        b.append("pid_file: \"").append(pidFile()).append("\"\n");
        b.append("log_file: \"").append(logFile()).append("\"\n");
        b.append("logfile_size_limit: 10MB\n");
        b.append("websocket {\n");
        b.append("  listen: \"").append(host).append(':').append(websocketPort).append("\"\n");
        b.append("  # TLS is terminated by the reverse proxy in front; this listener is for loopback only.\n");
        b.append("  no_tls: true\n");
        b.append("}\n");
        b.append("jetstream {\n");
        b.append("  store_dir: \"").append(jetStreamDir()).append("\"\n");
        b.append("}\n");
        b.append("operator: \"").append(operatorJwt).append("\"\n");
        b.append("system_account: \"").append(systemAccount).append("\"\n");
        b.append("resolver: {\n");
        b.append("  type: full\n");
        b.append("  dir: \"").append(resolverDir()).append("\"\n");
        b.append("  allow_delete: false\n");
        b.append("  interval: \"2m\"\n");
        b.append("}\n");
        b.append("resolver_preload: {\n");
        preload.forEach((k, v) -> b.append("  ").append(k).append(": \"").append(v).append("\"\n"));
        b.append("}\n");
        return b.toString();
    }
}
