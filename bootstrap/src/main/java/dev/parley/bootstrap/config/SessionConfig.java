package dev.parley.bootstrap.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of participant sessions, messaging (NATS) and server-managed room keys.
 * <ul>
 *   <li>{@code parley.nats.mode}: {@code embedded} (default: a supervised loopback nats-server child
 *       process) or {@code external} (an existing cluster configured with Parley's operator, docs/messaging.md);</li>
 *   <li>{@code parley.nats.port} / {@code parley.nats.ws-port}: embedded client and WebSocket ports
 *       (default 7883 / 7884, loopback);</li>
 *   <li>{@code parley.nats.urls}: external client URLs; {@code parley.nats.ws-urls}: the WebSocket URLs
 *       participants get (comma-separated; embedded default {@code ws://127.0.0.1:<ws-port>});</li>
 *   <li>{@code parley.nats.binary}: the nats-server executable (default: PATH, then /usr/sbin/nats-server);</li>
 *   <li>{@code parley.session.renewal-interval} (PT5M), {@code parley.session.renewal-grace} (PT30S, at most
 *       PT5M), {@code parley.session.token-ttl} (PT10M), {@code parley.session.auto-create-rooms} (true:
 *       a token with roomCreate may create its room on join);</li>
 *   <li>{@code parley.e2ee.rotation-interval}: scheduled rotation of SERVER_MANAGED room keys (PT1H; PT0S: off).</li>
 * </ul>
 */
@ApplicationScoped
public class SessionConfig {

    private String natsMode;
    private int natsPort;
    private int natsWebsocketPort;
    private List<String> natsUrls;
    private List<String> natsWebsocketUrls;
    private Optional<String> natsBinary;
    private Duration renewalInterval;
    private Duration renewalGrace;
    private Duration tokenTtl;
    private boolean autoCreateRooms;
    private Duration keyRotationInterval;

    /** For CDI proxies. */
    protected SessionConfig() {
    }

    @Inject
    public SessionConfig(
            @ConfigProperty(name = "parley.nats.mode", defaultValue = "embedded") String natsMode,
            @ConfigProperty(name = "parley.nats.port", defaultValue = "7883") int natsPort,
            @ConfigProperty(name = "parley.nats.ws-port", defaultValue = "7884") int natsWebsocketPort,
            @ConfigProperty(name = "parley.nats.urls") Optional<String> natsUrls,
            @ConfigProperty(name = "parley.nats.ws-urls") Optional<String> natsWebsocketUrls,
            @ConfigProperty(name = "parley.nats.binary") Optional<String> natsBinary,
            @ConfigProperty(name = "parley.session.renewal-interval", defaultValue = "PT5M") String renewalInterval,
            @ConfigProperty(name = "parley.session.renewal-grace", defaultValue = "PT30S") String renewalGrace,
            @ConfigProperty(name = "parley.session.token-ttl", defaultValue = "PT10M") String tokenTtl,
            @ConfigProperty(name = "parley.session.auto-create-rooms", defaultValue = "true") boolean autoCreateRooms,
            @ConfigProperty(name = "parley.e2ee.rotation-interval", defaultValue = "PT1H") String keyRotationInterval) {
        this.natsMode = natsMode.strip().toLowerCase(java.util.Locale.ROOT);
        this.natsPort = natsPort;
        this.natsWebsocketPort = natsWebsocketPort;
        this.natsUrls = list(natsUrls);
        this.natsWebsocketUrls = list(natsWebsocketUrls);
        this.natsBinary = natsBinary.filter(s -> !s.isBlank());
        this.renewalInterval = Duration.parse(renewalInterval);
        this.renewalGrace = Duration.parse(renewalGrace);
        this.tokenTtl = Duration.parse(tokenTtl);
        this.autoCreateRooms = autoCreateRooms;
        this.keyRotationInterval = Duration.parse(keyRotationInterval);
    }

    private static List<String> list(Optional<String> csv) {
        return csv.map(s -> java.util.Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
    }

    /** True for an existing NATS cluster, false for the embedded child process. */
    public boolean natsExternal() {
        if (!natsMode.equals("embedded") && !natsMode.equals("external")) {
            throw new IllegalArgumentException("parley.nats.mode must be embedded or external, not " + natsMode);
        }
        return natsMode.equals("external");
    }

    public int natsPort() { return natsPort; }
    public int natsWebsocketPort() { return natsWebsocketPort; }
    public List<String> natsUrls() { return natsUrls; }
    public List<String> natsWebsocketUrls() { return natsWebsocketUrls; }
    public Optional<String> natsBinary() { return natsBinary; }
    public Duration renewalInterval() { return renewalInterval; }
    public Duration renewalGrace() { return renewalGrace; }
    public Duration tokenTtl() { return tokenTtl; }
    public boolean autoCreateRooms() { return autoCreateRooms; }
    public Duration keyRotationInterval() { return keyRotationInterval; }
}
