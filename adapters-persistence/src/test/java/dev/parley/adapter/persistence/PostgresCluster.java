package dev.parley.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A private PostgreSQL server for tests: {@code initdb} in a temporary directory, started with
 * {@code pg_ctl} on a free loopback port (Unix socket in the same directory), stopped and deleted
 * by {@link #close()} or, at the latest, by a JVM shutdown hook. Uses Debian's server packages
 * ({@code apt-get install -y postgresql}); set {@code PARLEY_PG_BIN} to use another {@code bin}
 * directory. initdb refuses to run as root, so under root the server runs as user {@code postgres}.
 *
 * <p>One cluster per JVM ({@link #shared()}); each test class takes its own database from it.
 */
final class PostgresCluster implements AutoCloseable {

    private static final String DEBIAN_PG = "/usr/lib/postgresql";
    private static PostgresCluster shared;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final boolean asPostgresUser;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean stopped;

    private PostgresCluster(Path bin, Path dir, boolean asPostgresUser, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.asPostgresUser = asPostgresUser;
        this.port = port;
    }

    /** The JVM's cluster, started on first use; fails (never skips) when PostgreSQL is not installed. */
    static synchronized PostgresCluster shared() {
        if (shared == null || shared.stopped) {
            PostgresCluster started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-cluster-stop"));
            shared = started;
        }
        return shared;
    }

    /** The {@code bin} directory holding initdb and pg_ctl, or an exception that says how to install them. */
    static Path findBinaries() {
        return findBinaries(System.getenv("PARLEY_PG_BIN"), Paths.get(DEBIAN_PG));
    }

    static Path findBinaries(String override, Path debian) {
        List<Path> tried = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            Path p = Paths.get(override);
            if (Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))) {
                return p;
            }
            tried.add(p);
        }
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> candidates = versions
                        .map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed())
                        .toList();
                for (Path p : candidates) {
                    if (Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl"))) {
                        return p;
                    }
                    tried.add(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            tried.add(debian);
        }
        throw new IllegalStateException("The PostgreSQL tests need a PostgreSQL server (initdb and pg_ctl), and none was "
                + "found (looked in " + tried + "). Install Debian's packages: `apt-get update && apt-get install -y "
                + "postgresql` (as root), or point PARLEY_PG_BIN at a directory holding initdb and pg_ctl. These tests "
                + "fail rather than skip so that a green build always means the PostgreSQL adapter was tested.");
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresCluster start() {
        Path bin = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir;
        try {
            dir = Files.createTempDirectory("parley-pg-");
            if (root) {
                UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a directory for the PostgreSQL test cluster (is there a "
                    + "'postgres' user? Debian's postgresql package creates it)", e);
        }
        PostgresCluster cluster = null;
        try {
            PostgresCluster init = new PostgresCluster(bin, dir, root, 0);
            init.run(60, "initdb", "-D", init.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-locale", "--no-sync");
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                PostgresCluster c = new PostgresCluster(bin, dir, root, freePort());
                try {
                    c.run(60, "pg_ctl", "-D", c.data.toString(), "-l", dir.resolve("server.log").toString(),
                            "-o", "-p " + c.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    + " -c synchronous_commit=off -c full_page_writes=off",
                            "-w", "-t", "60", "start");
                    cluster = c;
                    return c;
                } catch (IllegalStateException e) {
                    last = e; // most likely somebody took the port in between: try another
                }
            }
            throw last;
        } finally {
            if (cluster == null) {
                deleteRecursively(dir);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(int timeoutSeconds, String tool, String... args) {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(List.of(args));
        Path out = dir.resolve(tool + ".out");
        try {
            // Output to a file, not a pipe: the server pg_ctl leaves behind would hold a pipe open.
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish within " + timeoutSeconds + " s: " + tail(out));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed with exit code " + p.exitValue() + ":\n"
                        + tail(out) + tail(dir.resolve("server.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + tool, e);
        }
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    int port() {
        return port;
    }

    /** A new, empty database (nothing migrated) on this server. */
    DataSource createDatabase(String prefix) {
        String name = (prefix + "_" + databases.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return dataSource(name);
    }

    /** A DataSource for {@code database}, configured the way production should be configured. */
    DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser("postgres");
        ds.setApplicationName("parley-tests");
        // Keep the server's DETAIL lines (which quote row values) out of exception messages.
        ds.setLogServerErrorDetail(false);
        return ds;
    }

    /** Stops the server immediately and deletes its directory; idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(60, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            System.err.println("could not stop the PostgreSQL test cluster in " + dir + ": " + e.getMessage());
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: it is a temporary directory
        }
    }
}
