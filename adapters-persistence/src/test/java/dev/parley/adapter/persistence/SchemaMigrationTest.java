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
import org.flywaydb.core.Flyway;
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
            assertThat(applied).extracting(m -> m.getVersion().getVersion()).containsExactly("1", "2", "3", "4");
            assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
            assertThat(count(ds, "SELECT COUNT(*) FROM name_lock")).isEqualTo(NameLocks.STRIPES);
            assertThat(count(ds, "SELECT COUNT(*) FROM audit_head WHERE id = 1 AND last_seq = 0")).isEqualTo(1);
            for (String table : List.of("room", "participant", "ban", "audit_entry", "api_key", "revoked_token",
                    "revoked_subject", "webhook_outbox", "sealed_secret", "room_key")) {
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

            assertThat(emf.getMetamodel().getEntities()).hasSize(12);
            emf.close();
        }

        @Test
        void upgradesADatabaseAtVersion1AndKeepsItsRows() throws SQLException {
            DataSource ds = emptyDatabase();
            Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .configuration(SchemaMigrator.flyway(ds).getConfiguration())
                    .target("1")
                    .load()
                    .migrate();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO room (name, sid, state, metadata, max_participants, empty_timeout_nanos,"
                        + " departure_timeout_nanos, key_policy, allowed_features, duplicate_identity, created_at,"
                        + " last_activity_at, ended_at, version) VALUES ('kept', 'RM_k', 'CREATED', '', 0, 0, 0, 'NONE',"
                        + " '', 'REPLACE_EXISTING', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                        + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', NULL, 0)");
            }

            SchemaMigrator.migrate(ds);

            assertThat(SchemaMigrator.flyway(ds).info().applied()).extracting(m -> m.getVersion().getVersion())
                    .containsExactly("1", "2", "3", "4");
            assertThat(count(ds, "SELECT COUNT(*) FROM room WHERE name = 'kept'")).isEqualTo(1);
            assertThat(count(ds, "SELECT COUNT(*) FROM api_key")).isZero();
        }

        @Test
        void theKeyRingTableRefusesRowsNoStoredKeyCouldBe() throws SQLException {
            DataSource ds = emptyDatabase();
            SchemaMigrator.migrate(ds);
            String pub = "'" + "A".repeat(43) + "='";
            String ts = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
            String insert = "INSERT INTO api_key (key_id, algorithm, public_key, sealed_secret, created_at, state, version) VALUES ";

            for (String values : List.of(
                    "('k1', 'HS256', '', NULL, " + ts + ", 'ACTIVE', 0)",           // HS256 without a secret
                    "('k2', 'HS256', " + pub + ", 'AQ==', " + ts + ", 'ACTIVE', 0)", // HS256 with a public key
                    "('k3', 'EDDSA', '', 'AQ==', " + ts + ", 'ACTIVE', 0)",         // EdDSA without a public key
                    "('k4', 'EDDSA', " + pub + ", '', " + ts + ", 'ACTIVE', 0)",    // empty sealed secret
                    "('k5', 'RS256', '', 'AQ==', " + ts + ", 'ACTIVE', 0)",         // unknown algorithm
                    "('k6', 'HS256', '', 'AQ==', " + ts + ", 'LOST', 0)")) {        // unknown state
                assertThatThrownBy(() -> execute(ds, insert + values)).as(values).isInstanceOf(SQLException.class);
            }
            execute(ds, insert + "('ok1', 'HS256', '', 'AQ==', " + ts + ", 'ACTIVE', 0)");
            execute(ds, insert + "('ok2', 'EDDSA', " + pub + ", NULL, " + ts + ", 'VERIFY_ONLY', 0)");
            assertThat(count(ds, "SELECT COUNT(*) FROM api_key")).isEqualTo(2);
        }

        private static void execute(DataSource ds, String sql) throws SQLException {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
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
