package dev.parley.adapter.nats.gateway;

import dev.parley.adapter.nats.identity.NatsIdentities;
import io.nats.client.AuthHandler;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.NKey;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Parley's own NATS connections, the one place they are made: a service user of the application
 * account without allow lists (publishes events and private messages, answers renewals) and a
 * system-account user (account JWT updates). Each has a key pair generated in memory at start;
 * its user JWT is signed afresh at every (re)connect and expires after {@link #SERVICE_JWT_LIFETIME}
 * (the server then closes the connection and jnats reconnects with a new one). Both reconnect
 * forever with a short wait; listeners hear of every reconnect.
 */
public final class NatsConnections implements AutoCloseable {

    /** Lifetime of the user JWTs of Parley's own connections. */
    public static final Duration SERVICE_JWT_LIFETIME = Duration.ofHours(24);

    private static final System.Logger LOG = System.getLogger(NatsConnections.class.getName());

    private final List<String> serverUrls;
    private final NatsIdentities identities;
    private final Duration connectTimeout;
    private final Connection system;
    private volatile Connection service;
    private final List<Runnable> systemReconnectListeners = new CopyOnWriteArrayList<>();

    private NatsConnections(List<String> serverUrls, NatsIdentities identities, Duration connectTimeout) {
        this.serverUrls = serverUrls;
        this.identities = identities;
        this.connectTimeout = connectTimeout;
        this.system = connect(serverUrls, "parley-system", new SigningAuth(identities, true), connectTimeout,
                () -> systemReconnectListeners.forEach(NatsConnections::runQuietly));
    }

    /**
     * Connects the system user to {@code serverUrls} ({@code nats://host:port}), retrying until
     * {@code connectTimeout} has passed. The service user connects in {@link #connectService()},
     * once the application account is installed on the servers (an existing cluster may not know
     * it before Parley pushes its JWT).
     */
    public static NatsConnections connect(List<String> serverUrls, NatsIdentities identities, Duration connectTimeout) {
        Objects.requireNonNull(identities, "identities");
        if (serverUrls.isEmpty()) {
            throw new IllegalArgumentException("no NATS server URL");
        }
        return new NatsConnections(List.copyOf(serverUrls), identities, connectTimeout);
    }

    /** Connects the application-account service user (after the account JWT is on the servers). */
    public synchronized void connectService() {
        if (service == null) {
            service = connect(serverUrls, "parley-service", new SigningAuth(identities, false), connectTimeout, () -> { });
        }
    }

    /** The application-account service connection. */
    public Connection service() {
        Connection c = service;
        if (c == null) {
            throw new IllegalStateException("the service connection is not connected yet");
        }
        return c;
    }

    /** The system-account connection. */
    public Connection system() {
        return system;
    }

    /** Runs {@code listener} (on a jnats thread: it must hand long work off) after every reconnect of the system connection. */
    public void onSystemReconnect(Runnable listener) {
        systemReconnectListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private static Connection connect(List<String> urls, String name, AuthHandler auth, Duration timeout, Runnable onReconnect) {
        Options options = new Options.Builder()
                .servers(urls.toArray(String[]::new))
                .connectionName(name)
                .authHandler(auth)
                .maxReconnects(-1)
                .reconnectWait(Duration.ofMillis(250))
                .connectionTimeout(Duration.ofSeconds(2))
                .connectionListener((conn, event) -> {
                    if (event == ConnectionListener.Events.RECONNECTED) {
                        onReconnect.run();
                    }
                    if (event == ConnectionListener.Events.DISCONNECTED || event == ConnectionListener.Events.RECONNECTED) {
                        LOG.log(System.Logger.Level.INFO, name + " connection " + event.getEvent());
                    }
                })
                .errorListener(new QuietErrors(name))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return Nats.connect(options);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " cannot connect to " + urls + ": " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to NATS", e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to NATS", e);
            }
        }
    }

    /** Signs a fresh user JWT at every connect with a key pair that never leaves memory. */
    private static final class SigningAuth implements AuthHandler {
        private final NatsIdentities identities;
        private final boolean systemAccount;
        private final NKey key = NatsIdentities.newUserKey();
        private final String publicKey = NatsIdentities.publicKey(key);

        SigningAuth(NatsIdentities identities, boolean systemAccount) {
            this.identities = identities;
            this.systemAccount = systemAccount;
        }

        @Override
        public byte[] sign(byte[] nonce) {
            try {
                return key.sign(nonce);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("cannot sign the NATS nonce", e);
            }
        }

        @Override
        public char[] getID() {
            return publicKey.toCharArray();
        }

        @Override
        public char[] getJWT() {
            long now = Instant.now().getEpochSecond();
            long exp = now + SERVICE_JWT_LIFETIME.toSeconds();
            String jwt = systemAccount ? identities.systemUserJwt(publicKey, now, exp)
                    : identities.userJwt(publicKey, "parley-service", now, exp, List.of(), List.of(), true);
            return jwt.toCharArray();
        }
    }

    /** Logs connection-level errors by kind only (no subject or payload can carry a secret into the log). */
    private static final class QuietErrors implements ErrorListener {
        private final String name;

        QuietErrors(String name) {
            this.name = name;
        }

        @Override
        public void errorOccurred(Connection conn, String error) {
            LOG.log(System.Logger.Level.WARNING, name + " NATS error: " + error);
        }

        @Override
        public void exceptionOccurred(Connection conn, Exception exp) {
            LOG.log(System.Logger.Level.DEBUG, name + " NATS exception: " + exp.getClass().getSimpleName());
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "reconnect listener failed: " + e.getMessage());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Connection c = service;
        if (c != null) {
            closeQuietly(c);
        }
        closeQuietly(system);
    }
}
