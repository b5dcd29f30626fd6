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
import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final ThreadPoolExecutor publisher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(100_000), r -> {
                Thread t = new Thread(r, "parley-room-events");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong dropped = new AtomicLong();
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
        publisher.shutdown();
        try {
            publisher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /**
     * Room events reach NATS subscribers when messaging is up (without it there is nobody to
     * tell), after the transaction that caused them commits (a join that rolls back is never
     * announced), from one publishing thread: in order, and never holding a request thread or a
     * database transaction on the messaging client's write lock. Webhooks are the durable channel;
     * a realtime event that finds the bounded queue full is dropped and counted.
     */
    @Override
    public void publish(RoomEvent event) {
        if (nats == null) {
            return;
        }
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        enqueue(event);
                    }
                }
            });
        } else {
            enqueue(event);
        }
    }

    private void enqueue(RoomEvent event) {
        try {
            publisher.execute(() -> {
                NatsMessaging current = nats;
                if (current != null) {
                    current.gateway().publish(event);
                }
            });
        } catch (RejectedExecutionException full) {
            long n = dropped.incrementAndGet();
            if (Long.bitCount(n) == 1) {
                LOG.warning("room events dropped because the publishing queue is full: " + n + " so far");
            }
        }
    }

    /** Realtime room events dropped because the publishing queue was full. */
    public long droppedEvents() {
        return dropped.get();
    }
}
