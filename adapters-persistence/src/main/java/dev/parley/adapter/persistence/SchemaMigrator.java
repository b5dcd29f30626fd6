package dev.parley.adapter.persistence;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date with Flyway (migrations under {@code db/migration/parley}). */
public final class SchemaMigrator {

    /** Flyway's bookkeeping table (named so that it cannot clash with another application's). */
    static final String HISTORY_TABLE = "parley_schema_history";

    private SchemaMigrator() {
    }

    /**
     * Applies every pending migration to {@code dataSource} (H2 or PostgreSQL) and returns once the
     * schema is current; safe to call on every start and from several nodes at once (Flyway
     * serialises concurrent migrators with a lock). Fails when the database holds migrations this
     * build does not know, or when an applied migration was edited.
     *
     * @param dataSource a non-JTA view of the database is fine: each migration runs in its own transaction
     */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        flyway(dataSource).migrate();
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(PersistenceUnit.MIGRATIONS)
                .table(HISTORY_TABLE)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }
}
