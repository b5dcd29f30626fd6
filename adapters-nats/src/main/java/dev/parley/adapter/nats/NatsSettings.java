package dev.parley.adapter.nats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How Parley reaches NATS. Bootstrap fills it from MicroProfile Config.
 *
 * @param mode                  EMBEDDED: Parley runs and supervises a loopback nats-server child
 *                              process; EXTERNAL: Parley connects to an existing cluster configured
 *                              with Parley's operator (docs/messaging.md)
 * @param serverUrls            EXTERNAL: the cluster's client URLs ({@code nats://...}, {@code tls://...});
 *                              EMBEDDED: empty (derived from {@code port})
 * @param websocketUrls         the WebSocket URLs handed to participants; EMBEDDED and empty:
 *                              {@code ws://127.0.0.1:<websocketPort>} (put the public {@code wss://} URL
 *                              of the reverse proxy here)
 * @param port                  EMBEDDED: client port on 127.0.0.1
 * @param websocketPort         EMBEDDED: WebSocket port on 127.0.0.1
 * @param dataDir               EMBEDDED: configuration, JetStream store, account JWTs, logs
 * @param serverBinary          EMBEDDED: the nats-server executable, or null to look on PATH and
 *                              at /usr/sbin/nats-server
 * @param startTimeout          how long starting the server and connecting to it may take
 * @param requestTimeout        one round trip to the servers (account JWT updates)
 * @param maxCredentialLifetime upper bound of a participant credential's lifetime
 * @param renewalThreads        threads answering renewal requests on this node
 */
public record NatsSettings(Mode mode, List<String> serverUrls, List<String> websocketUrls, int port, int websocketPort,
        Path dataDir, Path serverBinary, Duration startTimeout, Duration requestTimeout, Duration maxCredentialLifetime,
        int renewalThreads) {

    /** Embedded child process or existing cluster. */
    public enum Mode {
        EMBEDDED,
        EXTERNAL
    }

    public static final int DEFAULT_PORT = 4222;
    public static final int DEFAULT_WEBSOCKET_PORT = 4223;
    public static final Path DEFAULT_DATA_DIR = Path.of("data", "nats");
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_CREDENTIAL_LIFETIME = Duration.ofHours(24);
    public static final int DEFAULT_RENEWAL_THREADS = 4;

    public NatsSettings {
        Objects.requireNonNull(mode, "mode");
        serverUrls = List.copyOf(serverUrls);
        websocketUrls = List.copyOf(websocketUrls);
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(maxCredentialLifetime, "maxCredentialLifetime");
        if (mode == Mode.EMBEDDED) {
            Objects.requireNonNull(dataDir, "dataDir");
            if (port < 1 || port > 65535 || websocketPort < 1 || websocketPort > 65535 || port == websocketPort) {
                throw new IllegalArgumentException("embedded NATS needs two different ports in 1..65535");
            }
        } else {
            if (serverUrls.isEmpty()) {
                throw new IllegalArgumentException("external NATS needs at least one server URL");
            }
            if (websocketUrls.isEmpty()) {
                throw new IllegalArgumentException("external NATS needs the WebSocket URL(s) participants connect to");
            }
        }
        if (maxCredentialLifetime.isNegative() || maxCredentialLifetime.isZero()) {
            throw new IllegalArgumentException("maxCredentialLifetime must be positive");
        }
        if (renewalThreads < 1) {
            throw new IllegalArgumentException("renewalThreads must be at least 1");
        }
    }

    /** The embedded default: ports 4222 and 4223 on loopback, data under {@code data/nats}. */
    public static NatsSettings defaults() {
        return embedded(DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_WEBSOCKET_PORT);
    }

    /** An embedded server on loopback with the given ports and data directory, other values default. */
    public static NatsSettings embedded(Path dataDir, int port, int websocketPort) {
        return new NatsSettings(Mode.EMBEDDED, List.of(), List.of(), port, websocketPort, dataDir, null,
                DEFAULT_START_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_CREDENTIAL_LIFETIME, DEFAULT_RENEWAL_THREADS);
    }

    /** An existing cluster. */
    public static NatsSettings external(List<String> serverUrls, List<String> websocketUrls) {
        return new NatsSettings(Mode.EXTERNAL, serverUrls, websocketUrls, DEFAULT_PORT, DEFAULT_WEBSOCKET_PORT, null, null,
                DEFAULT_START_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_CREDENTIAL_LIFETIME, DEFAULT_RENEWAL_THREADS);
    }

    /** A copy with another nats-server executable. */
    public NatsSettings withServerBinary(Path binary) {
        return new NatsSettings(mode, serverUrls, websocketUrls, port, websocketPort, dataDir, binary, startTimeout,
                requestTimeout, maxCredentialLifetime, renewalThreads);
    }

    /** A copy handing other WebSocket URLs to participants. */
    public NatsSettings withWebsocketUrls(List<String> urls) {
        return new NatsSettings(mode, serverUrls, urls, port, websocketPort, dataDir, serverBinary, startTimeout,
                requestTimeout, maxCredentialLifetime, renewalThreads);
    }

    /** The client URLs Parley connects to. */
    public List<String> effectiveServerUrls() {
        return mode == Mode.EMBEDDED ? List.of("nats://127.0.0.1:" + port) : serverUrls;
    }

    /** The WebSocket URLs handed to participants. */
    public List<String> effectiveWebsocketUrls() {
        if (!websocketUrls.isEmpty()) {
            return websocketUrls;
        }
        return List.of("ws://127.0.0.1:" + websocketPort);
    }
}
