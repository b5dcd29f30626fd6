package dev.parley.bootstrap.messaging;

import dev.parley.adapter.nats.NatsMessaging;
import dev.parley.adapter.nats.NatsSettings;
import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.application.UseCaseException;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.bootstrap.config.ParleyConfig;
import dev.parley.bootstrap.config.SessionConfig;
import dev.parley.domain.room.RoomName;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Owns the running NATS adapter. {@link #start()} runs once at start-up after the database
 * migration (the operator and account keys are stored sealed in it): it loads or creates the
 * identities, starts the embedded nats-server (or reaches the external cluster), and starts the
 * renewal responder. The gateway and event publisher it offers delegate to the running adapter.
 */
@ApplicationScoped
public class MessagingRuntime implements MessagingGateway, RoomEventPublisher {

    private static final Logger LOG = Logger.getLogger("parley");

    @Inject
    private ParleyConfig config;

    @Inject
    private SessionConfig sessions;

    @Inject
    private NatsIdentityLoader identities;

    @Inject
    private TransactionalRenewal renewal;

    private volatile NatsMessaging nats;
    private volatile String failure = "not started yet";

    /** Starts messaging; a failure is logged and reported by readiness, and messaging calls answer 503. */
    public synchronized void start() {
        if (nats != null) {
            return;
        }
        try {
            NatsIdentities ids = identities.loadOrCreate();
            NatsMessaging running = NatsMessaging.start(settings(), ids);
            running.startRenewal(renewal);
            nats = running;
            failure = null;
            LOG.info("messaging (NATS, " + (sessions.natsExternal() ? "external cluster" : "embedded nats-server")
                    + ") is up; participants connect to " + String.join(", ", settings().effectiveWebsocketUrls()));
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.severe("messaging could not start: " + failure);
        }
    }

    private NatsSettings settings() {
        NatsSettings s = sessions.natsExternal()
                ? NatsSettings.external(sessions.natsUrls(), sessions.natsWebsocketUrls())
                : NatsSettings.embedded(config.dataDir().resolve("nats"), sessions.natsPort(), sessions.natsWebsocketPort());
        if (!sessions.natsWebsocketUrls().isEmpty()) {
            s = s.withWebsocketUrls(sessions.natsWebsocketUrls());
        }
        Optional<String> binary = sessions.natsBinary();
        return binary.isPresent() ? s.withServerBinary(Path.of(binary.get())) : s;
    }

    /** Empty when messaging is up; otherwise why not. */
    public Optional<String> problem() {
        return Optional.ofNullable(failure);
    }

    @PreDestroy
    synchronized void stop() {
        if (nats != null) {
            nats.close();
            nats = null;
            failure = "stopped";
        }
    }

    private MessagingGateway running() {
        NatsMessaging current = nats;
        if (current == null) {
            throw new UseCaseException(UseCaseException.Kind.UNAVAILABLE, "messaging_unavailable",
                    "the messaging server is not available");
        }
        return current.gateway();
    }

    @Override
    public MessagingCredential issue(MessagingSession session) {
        return running().issue(session);
    }

    @Override
    public void sendPrivate(RoomName room, String participantSid, PrivateMessage message) {
        running().sendPrivate(room, participantSid, message);
    }

    @Override
    public void revokeSession(RoomName room, String participantSid, String keepCredentialId) {
        running().revokeSession(room, participantSid, keepCredentialId);
    }

    /** Room events reach NATS subscribers when messaging is up; without it there is nobody to tell. */
    @Override
    public void publish(RoomEvent event) {
        NatsMessaging current = nats;
        if (current != null) {
            current.gateway().publish(event);
        }
    }
}
