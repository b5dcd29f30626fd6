package dev.parley.adapter.nats;

import dev.parley.adapter.nats.gateway.AccountJwtUpdater;
import dev.parley.adapter.nats.gateway.AccountUpdateException;
import dev.parley.adapter.nats.gateway.NatsConnections;
import dev.parley.adapter.nats.gateway.NatsMessagingGateway;
import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.adapter.nats.renewal.NatsRenewalResponder;
import dev.parley.adapter.nats.server.NatsServerBinary;
import dev.parley.adapter.nats.server.NatsServerConfig;
import dev.parley.adapter.nats.server.NatsServerSupervisor;
import dev.parley.application.session.RenewSessionUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The messaging adapter assembled and running: (embedded mode) the supervised nats-server,
 * Parley's connections, the account JWT on the servers, the gateway, and (once
 * {@link #startRenewal} is called) the renewal responder. Bootstrap creates one at start-up and
 * closes it at shutdown:
 * <pre>
 *   NatsMessaging nats = NatsMessaging.start(settings, NatsIdentities.loadOrCreate(store, sealer));
 *   MessagingGateway gateway = nats.gateway();      // also a RoomEventPublisher
 *   ... build RenewSessionService(gateway, ...) ...
 *   nats.startRenewal(renewSessionUseCase);
 *   ...
 *   nats.close();
 * </pre>
 */
public final class NatsMessaging implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NatsMessaging.class.getName());

    private final NatsSettings settings;
    private final NatsServerSupervisor supervisor;
    private final NatsConnections connections;
    private final AccountJwtUpdater accountUpdater;
    private final NatsMessagingGateway gateway;
    private final ScheduledExecutorService housekeeping;
    private ThreadPoolExecutor renewalExecutor;
    private NatsRenewalResponder responder;

    private NatsMessaging(NatsSettings settings, NatsServerSupervisor supervisor, NatsConnections connections,
            AccountJwtUpdater accountUpdater, NatsMessagingGateway gateway) {
        this.settings = settings;
        this.supervisor = supervisor;
        this.connections = connections;
        this.accountUpdater = accountUpdater;
        this.gateway = gateway;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-nats-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts (embedded) or reaches (external) the NATS servers, connects, installs the current
     * account JWT, and returns the running adapter.
     */
    public static NatsMessaging start(NatsSettings settings, NatsIdentities identities) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(identities, "identities");
        Clock clock = Clock.systemUTC();
        AccountJwtUpdater[] updater = new AccountJwtUpdater[1];
        NatsConnections[] conns = new NatsConnections[1];
        updater[0] = new AccountJwtUpdater(identities, () -> conns[0] == null ? null : conns[0].system(),
                settings.requestTimeout(), () -> clock.instant().getEpochSecond(), settings.maxCredentialLifetime());
        NatsServerSupervisor supervisor = null;
        try {
            if (settings.mode() == NatsSettings.Mode.EMBEDDED) {
                supervisor = new NatsServerSupervisor(NatsServerBinary.locate(settings.serverBinary()),
                        () -> new NatsServerConfig("127.0.0.1", settings.port(), settings.websocketPort(), settings.dataDir(),
                                identities.operatorJwt(), identities.systemAccountPublicKey(),
                                Map.of(identities.systemAccountPublicKey(), identities.systemAccountJwt(),
                                        identities.accountPublicKey(), updater[0].currentAccountJwt())),
                        settings.startTimeout());
                supervisor.start();
            }
            conns[0] = NatsConnections.connect(settings.effectiveServerUrls(), identities, settings.startTimeout());
            updater[0].pushCurrent();
            conns[0].connectService();
            NatsMessagingGateway gateway = new NatsMessagingGateway(identities, conns[0].service(), updater[0],
                    settings.effectiveWebsocketUrls(), settings.maxCredentialLifetime(), clock);
            NatsMessaging m = new NatsMessaging(settings, supervisor, conns[0], updater[0], gateway);
            m.scheduleHousekeeping();
            LOG.log(System.Logger.Level.INFO, "NATS messaging ready (" + settings.mode() + ", " + identities + ")");
            return m;
        } catch (RuntimeException e) {
            if (conns[0] != null) {
                conns[0].close();
            }
            if (supervisor != null) {
                supervisor.close();
            }
            throw e;
        }
    }

    private void scheduleHousekeeping() {
        // After a reconnect the servers may have restarted from an older account JWT: send the current one.
        connections.onSystemReconnect(() -> housekeeping.execute(this::pushQuietly));
        // A revocation that could not be pushed is retried every second until it is on the servers.
        housekeeping.scheduleWithFixedDelay(() -> {
            if (accountUpdater.hasPendingChanges()) {
                pushQuietly();
            }
        }, 1, 1, TimeUnit.SECONDS);
        housekeeping.scheduleWithFixedDelay(gateway::sweep, 60, 60, TimeUnit.SECONDS);
    }

    private void pushQuietly() {
        try {
            accountUpdater.pushCurrent();
        } catch (AccountUpdateException e) {
            LOG.log(System.Logger.Level.WARNING, "account JWT update failed (will retry): " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "account JWT update failed: " + e.getClass().getSimpleName());
        }
    }

    /** The gateway: {@code MessagingGateway} and {@code RoomEventPublisher}. */
    public NatsMessagingGateway gateway() {
        return gateway;
    }

    /** Starts answering renewal requests with {@code renewal} on a bounded pool of {@code settings.renewalThreads()}. */
    public synchronized void startRenewal(RenewSessionUseCase renewal) {
        if (responder != null) {
            throw new IllegalStateException("renewal already started");
        }
        AtomicInteger n = new AtomicInteger();
        renewalExecutor = new ThreadPoolExecutor(settings.renewalThreads(), settings.renewalThreads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1024), r -> {
                    Thread t = new Thread(r, "parley-nats-renewal-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        responder = new NatsRenewalResponder(connections.service(), renewal, renewalExecutor);
        responder.start();
    }

    /** Parley's own connections (for tests and health checks). */
    public NatsConnections connections() {
        return connections;
    }

    /** The embedded server's supervisor, when embedded. */
    public Optional<NatsServerSupervisor> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    /** The account JWT updater (revocation count, pending changes). */
    public AccountJwtUpdater accountUpdater() {
        return accountUpdater;
    }

    /** Stops answering renewals, closes the connections, stops the embedded server. */
    @Override
    public synchronized void close() {
        if (responder != null) {
            responder.close();
            renewalExecutor.shutdown();
        }
        housekeeping.shutdownNow();
        connections.close();
        if (supervisor != null) {
            supervisor.close();
        }
        LOG.log(System.Logger.Level.INFO, "NATS messaging stopped at " + Instant.now());
    }
}
