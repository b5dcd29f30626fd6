package dev.parley.adapter.nats.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs {@code nats-server -c <file>} as a child process: writes the configuration (fresh from
 * {@code config} at every start, so a restart preloads the newest account JWT), starts the
 * process, waits until both listeners accept connections and the client port greets with
 * {@code INFO}, restarts the server with exponential backoff (100 ms to 5 s) when it dies, and
 * stops it on {@link #close()} (SIGTERM, then SIGKILL after 5 s). A server left behind by an
 * earlier Parley process that was killed (found through the pid file and its command line) is
 * stopped before a new one starts.
 */
public final class NatsServerSupervisor implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NatsServerSupervisor.class.getName());
    private static final Duration MIN_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration STABLE_AFTER = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Path binary;
    private final Supplier<NatsServerConfig> config;
    private final Duration startTimeout;
    private final Object lock = new Object();
    private Process process;
    private Thread monitor;
    private boolean closed;
    private int restarts;
    private Thread shutdownHook;
    private NatsServerConfig lastConfig;

    /**
     * @param binary       the nats-server executable
     * @param config       the configuration to write at each start
     * @param startTimeout how long one start may take until the listeners accept connections
     */
    public NatsServerSupervisor(Path binary, Supplier<NatsServerConfig> config, Duration startTimeout) {
        this.binary = Objects.requireNonNull(binary, "binary");
        this.config = Objects.requireNonNull(config, "config");
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
    }

    /** Starts the server and returns once it accepts connections; then keeps it running until {@link #close()}. */
    public void start() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("supervisor closed");
            }
            if (process != null) {
                throw new IllegalStateException("already started");
            }
            process = launch();
            monitor = new Thread(this::watch, "parley-nats-supervisor");
            monitor.setDaemon(true);
            monitor.start();
            shutdownHook = new Thread(this::close, "parley-nats-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** The running server's process id, if it is running. */
    public Optional<Long> pid() {
        synchronized (lock) {
            return process != null && process.isAlive() ? Optional.of(process.pid()) : Optional.empty();
        }
    }

    /** How often the server was restarted after it died. */
    public int restarts() {
        synchronized (lock) {
            return restarts;
        }
    }

    /** Waits until a server is running and accepting connections, or the timeout passes. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            NatsServerConfig c;
            synchronized (lock) {
                c = process != null && process.isAlive() ? lastConfig : null;
            }
            if (c != null && greets(c.host(), c.port())) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private Process launch() {
        NatsServerConfig c = config.get();
        try {
            Files.createDirectories(c.dataDir());
            Files.createDirectories(c.jetStreamDir());
            Files.createDirectories(c.resolverDir());
            stopLeftover(c);
            Files.writeString(c.configFile(), c.render(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the NATS server configuration in " + c.dataDir(), e);
        }
        Path out = c.dataDir().resolve("nats-server.out");
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "-c", c.configFile().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary, e);
        }
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("nats-server exited with status " + p.exitValue()
                        + " while starting; see " + c.logFile() + " and " + out);
            }
            if (greets(c.host(), c.port()) && accepts(c.host(), c.websocketPort())) {
                lastConfig = c;
                LOG.log(System.Logger.Level.INFO, "nats-server (pid " + p.pid() + ") ready on " + c.host() + ":"
                        + c.port() + ", WebSocket " + c.websocketPort());
                return p;
            }
            if (System.nanoTime() > deadline) {
                kill(p);
                throw new IllegalStateException("nats-server did not accept connections within " + startTimeout
                        + "; see " + c.logFile() + " and " + out);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill(p);
                throw new IllegalStateException("interrupted while starting nats-server", e);
            }
        }
    }

    private void watch() {
        Duration backoff = MIN_BACKOFF;
        while (true) {
            Process p;
            synchronized (lock) {
                if (closed) {
                    return;
                }
                p = process;
            }
            long startedAt = System.nanoTime();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                if (closed) {
                    return;
                }
            }
            if (System.nanoTime() - startedAt > STABLE_AFTER.toNanos()) {
                backoff = MIN_BACKOFF;
            }
            LOG.log(System.Logger.Level.WARNING, "nats-server (pid " + p.pid() + ") exited with status "
                    + p.exitValue() + "; restarting in " + backoff.toMillis() + " ms");
            while (true) {
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    try {
                        process = launch();
                        restarts++;
                        break;
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "nats-server restart failed: " + e.getMessage());
                    }
                }
            }
        }
    }

    /** Stops a nats-server that an earlier, killed Parley process left running on this data directory. */
    private static void stopLeftover(NatsServerConfig c) throws IOException {
        if (!Files.isRegularFile(c.pidFile())) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(c.pidFile()).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isPresent() && h.get().isAlive()) {
            String cmd = h.get().info().commandLine().orElse("");
            if (cmd.contains("nats-server") && cmd.contains(c.configFile().toString())) {
                LOG.log(System.Logger.Level.WARNING, "stopping a leftover nats-server (pid " + pid + ")");
                h.get().destroy();
                try {
                    h.get().onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    h.get().destroyForcibly();
                }
            }
        }
    }

    private static boolean accepts(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when a NATS server on host:port sends its INFO greeting. */
    private static boolean greets(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 200);
            s.setSoTimeout(500);
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(5);
            return new String(head, StandardCharsets.US_ASCII).equals("INFO ");
        } catch (IOException e) {
            return false;
        }
    }

    private static void kill(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server (and stops supervising it); waits until the process has exited. */
    @Override
    public void close() {
        Process p;
        Thread m;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            p = process;
            m = monitor;
            if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down
                }
            }
        }
        if (m != null) {
            m.interrupt();
        }
        if (p != null) {
            kill(p);
            LOG.log(System.Logger.Level.INFO, "nats-server (pid " + p.pid() + ") stopped");
        }
    }
}
