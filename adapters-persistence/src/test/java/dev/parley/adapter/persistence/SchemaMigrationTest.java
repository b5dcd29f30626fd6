package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Flyway migrations apply to an empty H2 and an empty PostgreSQL database and give the schema the entities expect. */
class SchemaMigrationTest {

    abstract static class Cases {

        abstract DataSource emptyDatabase();

        @Test
        void migratesAnEmptyDatabaseToTheCurrentSchema() throws SQLException {
            DataSource ds = emptyDatabase();

            SchemaMigrator.migrate(ds);

            MigrationInfo[] applied = SchemaMigrator.flyway(ds).info().applied();
            assertThat(applied).extracting(m -> m.getVersion().getVersion()).containsExactly("1");
            assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
            assertThat(count(ds, "SELECT COUNT(*) FROM name_lock")).isEqualTo(NameLocks.STRIPES);
            assertThat(count(ds, "SELECT COUNT(*) FROM audit_head WHERE id = 1 AND last_seq = 0")).isEqualTo(1);
            for (String table : List.of("room", "participant", "ban", "audit_entry")) {
                assertThat(count(ds, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }

        @Test
        void migratingAgainChangesNothing() {
            DataSource ds = emptyDatabase();
            SchemaMigrator.migrate(ds);

            int again = SchemaMigrator.flyway(ds).migrate().migrationsExecuted;

            assertThat(again).isZero();
        }

        @Test
        void theShippedPersistenceUnitValidatesAgainstTheMigratedSchema() {
            DataSource ds = emptyDatabase();
            SchemaMigrator.migrate(ds);

            // hibernate.hbm2ddl.auto=validate: fails on a missing table or column or a type mismatch
            EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);

            assertThat(emf.getMetamodel().getEntities()).hasSize(6);
            emf.close();
        }

        @Test
        void refusesToRunWhenAnAppliedMigrationWasEdited() throws SQLException {
            DataSource ds = emptyDatabase();
            SchemaMigrator.migrate(ds);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                // Flyway creates its table with quoted lower-case names on both databases
                s.executeUpdate("UPDATE \"" + SchemaMigrator.HISTORY_TABLE + "\" SET \"checksum\" = \"checksum\" + 1"
                        + " WHERE \"version\" = '1'");
            }

            assertThatThrownBy(() -> SchemaMigrator.migrate(ds))
                    .hasMessageContaining("checksum");
        }

        private static long count(DataSource ds, String sql) throws SQLException {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Nested
    class OnH2 extends Cases {
        @Override
        DataSource emptyDatabase() {
            return TestDatabase.freshH2("migration-" + System.nanoTime());
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    class OnPostgres extends Cases {
        @Override
        DataSource emptyDatabase() {
            return PostgresCluster.shared().createDatabase("migration");
        }
    }
}
