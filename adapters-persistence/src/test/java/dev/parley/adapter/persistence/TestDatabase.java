package dev.parley.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A migrated database for tests, with the shipped persistence unit bootstrapped over it as
 * RESOURCE_LOCAL (outside a container there is no JTA), plus helpers: empty every table, run code
 * in a transaction, and wrap a port so that each call runs in its own transaction and
 * EntityManager, as the driving adapter will run each use case.
 */
final class TestDatabase {

    private static TestDatabase h2;
    private static TestDatabase postgres;

    private final String label;
    private final DataSource dataSource;
    private final EntityManagerFactory emf;

    private TestDatabase(String label, DataSource dataSource) {
        this.label = label;
        this.dataSource = dataSource;
        SchemaMigrator.migrate(dataSource);
        this.emf = entityManagerFactory(dataSource);
    }

    /** The JVM's H2 file database (in a temporary directory), migrated. */
    static synchronized TestDatabase h2() {
        if (h2 == null) {
            h2 = new TestDatabase("H2", freshH2("contract"));
        }
        return h2;
    }

    /** A database on the JVM's private PostgreSQL server, migrated. */
    static synchronized TestDatabase postgres() {
        if (postgres == null) {
            postgres = new TestDatabase("PostgreSQL", PostgresCluster.shared().createDatabase("contract"));
        }
        return postgres;
    }

    /** A new, empty H2 file database that lives until the JVM exits (then its files are deleted). */
    static DataSource freshH2(String name) {
        try {
            Path dir = Files.createTempDirectory("parley-h2-");
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(name), "sa", "");
            pool.setMaxConnections(16);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException ignored) {
                    // already closed
                }
                pool.dispose();
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // temporary anyway
                }
            }, "h2-test-db-delete"));
            return pool;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The persistence unit of {@code META-INF/persistence.xml}, as shipped, with what a container
     * would otherwise supply overridden: RESOURCE_LOCAL over {@code dataSource}, no JTA platform.
     * Hibernate also validates the entity mappings against the migrated schema.
     */
    static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.nonJtaDataSource", dataSource);
        overrides.put("hibernate.transaction.jta.platform", "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        overrides.put("hibernate.hbm2ddl.auto", "validate");
        return Persistence.createEntityManagerFactory(PersistenceUnit.NAME, overrides);
    }

    DataSource dataSource() {
        return dataSource;
    }

    EntityManagerFactory emf() {
        return emf;
    }

    /** Empties every table (but the lock stripes) and resets the audit chain, as after the migration. */
    TestDatabase reset() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM participant");
            s.executeUpdate("DELETE FROM ban");
            s.executeUpdate("DELETE FROM room");
            s.executeUpdate("DELETE FROM audit_entry");
            s.executeUpdate("DELETE FROM api_key");
            s.executeUpdate("DELETE FROM revoked_token");
            s.executeUpdate("DELETE FROM revoked_subject");
            s.executeUpdate("DELETE FROM sealed_secret");
            s.executeUpdate("DELETE FROM room_key");
            s.executeUpdate("UPDATE audit_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the " + label + " test database", e);
        }
        return this;
    }

    /** Runs {@code work} in one transaction with a fresh EntityManager and commits (rolls back if it throws). */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * {@code port} decorated so that every call runs in its own transaction and EntityManager
     * (so the result may be used from several threads at once, as the contract tests do).
     */
    <P> P transactional(Class<P> port, Function<EntityManager, ? extends P> adapter) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "transactional " + port.getSimpleName() + " on " + label;
                };
            }
            return inTransaction(em -> {
                try {
                    return method.invoke(adapter.apply(em), args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        });
        return port.cast(proxy);
    }

    @Override
    public String toString() {
        return label;
    }
}
