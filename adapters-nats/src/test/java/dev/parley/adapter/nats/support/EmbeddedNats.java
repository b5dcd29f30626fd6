package dev.parley.adapter.nats.support;

import dev.parley.application.vault.fake.InMemorySealedSecretStore;
import dev.parley.adapter.nats.NatsMessaging;
import dev.parley.adapter.nats.NatsSettings;
import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A running Parley messaging adapter on a real nats-server child process (free loopback ports,
 * a temporary data directory), with helpers to issue credentials and connect participants.
 */
public final class EmbeddedNats implements AutoCloseable {

    private static final AtomicLong SIDS = new AtomicLong();

    private final Path dataDir;
    private final NatsSettings settings;
    private final NatsIdentities identities;
    private final NatsMessaging messaging;

    private EmbeddedNats(Path dataDir, NatsSettings settings, NatsIdentities identities, NatsMessaging messaging) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.identities = identities;
        this.messaging = messaging;
    }

    /** Starts nats-server and the adapter. */
    public static EmbeddedNats start() {
        try {
            Path dir = Files.createTempDirectory("parley-nats-test");
            int[] ports = FreePorts.take(2);
            NatsSettings settings = NatsSettings.embedded(dir, ports[0], ports[1]);
            NatsIdentities ids = NatsIdentities.loadOrCreate(new InMemorySealedSecretStore(), new FakeSecretSealer());
            return new EmbeddedNats(dir, settings, ids, NatsMessaging.start(settings, ids));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NatsMessaging messaging() {
        return messaging;
    }

    public NatsSettings settings() {
        return settings;
    }

    public NatsIdentities identities() {
        return identities;
    }

    /** The TCP URL of the server. */
    public String tcpUrl() {
        return settings.effectiveServerUrls().get(0);
    }

    /** A new session id like {@code PA_000000000042}. */
    public static String newSid() {
        return String.format("PA_T%011d", SIDS.incrementAndGet());
    }

    /** A session of {@code sid} in {@code room} with access from {@code grant}, valid for an hour. */
    public static MessagingSession session(String room, String sid, VideoGrant grant) {
        return new MessagingSession(RoomName.of(room), sid, Identity.of("user-" + sid), MessagingAccess.of(grant),
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Issues a credential through the gateway. */
    public MessagingCredential issue(String room, String sid, VideoGrant grant) {
        return messaging.gateway().issue(session(room, sid, grant));
    }

    /** Connects a participant with {@code credential} over the WebSocket URL it was given. */
    public TestClient connect(MessagingCredential credential) {
        return TestClient.connect(credential, credential.urls().get(0), 0);
    }

    /** Connects a participant over TCP. */
    public TestClient connectTcp(MessagingCredential credential, int maxReconnects) {
        return TestClient.connect(credential, tcpUrl(), maxReconnects);
    }

    @Override
    public void close() {
        messaging.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary directory
        }
    }
}
