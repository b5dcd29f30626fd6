package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.participant.Identity;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the revocation contract does not spell out but the adapter promises: each check is one
 * primary-key lookup, token ids and rooms of any length and content, atomic revocations, bounds
 * that never shrink in storage, and a purge that never drops an entry still in force.
 */
class RevocationStorageTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final Identity ALICE = Identity.of("alice");

    abstract static class Cases {

        TestDatabase db;

        abstract TestDatabase database();

        /** The plan of {@code select} on this database, with the index it uses named somewhere in it. */
        abstract String plan(Statement s, String select) throws SQLException;

        /** The name of the index behind {@code table}'s primary key. */
        abstract String primaryKeyIndex(Statement s, String table) throws SQLException;

        static String single(Statement s, String sql) throws SQLException {
            try (ResultSet rs = s.executeQuery(sql)) {
                assertThat(rs.next()).as(sql).isTrue();
                String value = rs.getString(1);
                assertThat(rs.next()).as(sql).isFalse();
                return value;
            }
        }

        @BeforeEach
        void emptyDatabase() {
            db = database().reset();
        }

        <T> T tx(Function<EntityManager, T> work) {
            return db.inTransaction(work);
        }

        RevocationList list() {
            return db.transactional(RevocationList.class, JpaRevocationList::new);
        }

        long count(String sql) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void eachCheckIsOneStatementServedByThePrimaryKey() throws SQLException {
            RevocationList list = list();
            list.revokeTokenId("jti-1", T0.plusSeconds(600));
            list.revokeSubject(ALICE, "room-a", T0, T0.plusSeconds(600));

            List<String> statements = new CopyOnWriteArrayList<>();
            SessionFactory sf = db.emf().unwrap(SessionFactory.class);
            boolean[] answers;
            try (Session session = sf.withOptions().statementInspector(sql -> {
                statements.add(sql);
                return sql;
            }).openSession()) {
                session.getTransaction().begin();
                JpaRevocationList revocations = new JpaRevocationList(session);
                answers = new boolean[] {
                    revocations.isTokenIdRevoked("jti-1", T0),
                    revocations.isSubjectRevoked(ALICE, "room-a", T0.minusSeconds(1), T0),
                };
                session.getTransaction().commit();
            }

            assertThat(answers).containsExactly(true, true);
            assertThat(statements).hasSize(2);
            String tokenSelect = statements.get(0).replace("?", "'" + RevocationKeys.tokenId("jti-1") + "'");
            String subjectSelect = statements.get(1).replace("?", "'" + RevocationKeys.subject("alice", "room-a") + "'");
            assertThat(tokenSelect).containsIgnoringCase("from revoked_token").containsIgnoringCase("token_id_hash=");
            assertThat(subjectSelect).containsIgnoringCase("from revoked_subject").containsIgnoringCase("subject_hash=");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(plan(s, tokenSelect)).containsIgnoringCase(primaryKeyIndex(s, "revoked_token"));
                assertThat(plan(s, subjectSelect)).containsIgnoringCase(primaryKeyIndex(s, "revoked_subject"));
            }
        }

        @Test
        void tokenIdsOfAnyLengthOrContentAreRevocableAndKeptApart() {
            RevocationList list = list();
            String huge = "j".repeat(100_000);
            List<String> ids = List.of(huge, "", "nul\u0000", "a\uD800", "\uD83D\uDE00", "caf\u00e9");
            for (String id : ids) {
                list.revokeTokenId(id, T0.plusSeconds(600));
            }

            for (String id : ids) {
                assertThat(list.isTokenIdRevoked(id, T0)).as("revoked: %s chars", id.length()).isTrue();
            }
            for (String other : List.of(huge + "j", "nul", "nul\u0000\u0000", "a?", "a\uFFFD", "?", "cafe\u0301")) {
                assertThat(list.isTokenIdRevoked(other, T0)).as("not revoked: %s chars", other.length()).isFalse();
            }
            assertThat(count("SELECT COUNT(*) FROM revoked_token")).isEqualTo(ids.size());
        }

        @Test
        void identityAndRoomAreKeptApartWhateverTheirContent() {
            RevocationList list = list();
            list.revokeSubject(Identity.of("ab"), "c", T0.plusSeconds(100), T0.plusSeconds(1000));
            list.revokeSubject(ALICE, "r".repeat(50_000) + "\u0000\uDC00", T0.plusSeconds(100), T0.plusSeconds(1000));

            Instant now = T0.plusSeconds(200);
            assertThat(list.isSubjectRevoked(Identity.of("ab"), "c", T0, now)).isTrue();
            assertThat(list.isSubjectRevoked(Identity.of("a"), "bc", T0, now)).isFalse();
            assertThat(list.isSubjectRevoked(ALICE, "r".repeat(50_000) + "\u0000\uDC00", T0, now)).isTrue();
            assertThat(list.isSubjectRevoked(ALICE, "r".repeat(50_000) + "\u0000?", T0, now)).isFalse();
            assertThat(list.isSubjectRevoked(ALICE, null, T0, now)).isFalse();
        }

        @Test
        void noRoomAndTheEmptyRoomAreTheSameScope() {
            RevocationList list = list();
            list.revokeSubject(ALICE, null, T0.plusSeconds(100), T0.plusSeconds(1000));

            assertThat(list.isSubjectRevoked(ALICE, "", T0, T0)).isTrue();
            assertThat(list.isSubjectRevoked(ALICE, null, T0, T0)).isTrue();
        }

        @Test
        void storedBoundsAreRoundedUpSoTheyCoverAtLeastWhatWasAsked() {
            RevocationList list = list();
            list.revokeTokenId("jti-1", T0.plusNanos(1));
            list.revokeSubject(ALICE, "room-a", T0.plusNanos(500), T0.plusNanos(1500));

            assertThat(list.isTokenIdRevoked("jti-1", T0)).isTrue();
            assertThat(list.isSubjectRevoked(ALICE, "room-a", T0, T0.plusNanos(1499))).isTrue();
            Instant storedEnd = tx(em -> em.find(RevokedTokenEntity.class, RevocationKeys.tokenId("jti-1")).until);
            assertThat(storedEnd).isEqualTo(T0.plusNanos(1000));
            RevokedSubjectEntity subject = tx(em -> em.find(RevokedSubjectEntity.class, RevocationKeys.subject("alice", "room-a")));
            assertThat(subject.issuedBefore).isEqualTo(T0.plusNanos(1000));
            assertThat(subject.until).isEqualTo(T0.plusNanos(2000));
        }

        @Test
        void purgeNeverDropsAnEntryStillInForce() {
            RevocationList list = list();
            list.revokeTokenId("jti-1", T0.plusNanos(1500)); // stored as T0 + 2 µs

            assertThat(list.purgeExpired(T0.plusNanos(1999))).isZero();
            assertThat(list.isTokenIdRevoked("jti-1", T0.plusNanos(1999))).isTrue();
            assertThat(list.purgeExpired(T0.plusNanos(2000))).isEqualTo(1);
            assertThat(list.isTokenIdRevoked("jti-1", T0)).isFalse();
        }

        @Test
        void concurrentRevocationsOfOneTokenIdLeaveOneEntryWithTheLatestEnd() throws Exception {
            RevocationList list = list();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int i = 1; i <= 8; i++) {
                    Instant until = T0.plusSeconds(i * 100L);
                    tasks.add(() -> {
                        list.revokeTokenId("jti-race", until);
                        list.revokeSubject(ALICE, "room-a", until.minusSeconds(50), until);
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(tasks)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(count("SELECT COUNT(*) FROM revoked_token")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM revoked_subject")).isEqualTo(1);
            assertThat(list.isTokenIdRevoked("jti-race", T0.plusSeconds(799))).isTrue();
            assertThat(list.isTokenIdRevoked("jti-race", T0.plusSeconds(800))).isFalse();
            assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(749), T0.plusSeconds(799))).isTrue();
            assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(750), T0.plusSeconds(799))).isFalse();
        }

        @Test
        void aPurgeRacingAnExtensionKeepsTheExtendedEntry() throws Exception {
            list().revokeTokenId("jti-1", T0.plusSeconds(10));
            EntityManager extender = db.emf().createEntityManager();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                extender.getTransaction().begin();
                new JpaRevocationList(extender).revokeTokenId("jti-1", T0.plusSeconds(1000)); // row locked, not committed
                Future<Integer> purged = pool.submit(() -> list().purgeExpired(T0.plusSeconds(100)));
                Thread.sleep(300); // the purge now waits for the row
                extender.getTransaction().commit();

                assertThat(purged.get(30, TimeUnit.SECONDS)).isZero();
            } finally {
                if (extender.getTransaction().isActive()) {
                    extender.getTransaction().rollback();
                }
                extender.close();
                pool.shutdownNow();
            }
            assertThat(list().isTokenIdRevoked("jti-1", T0.plusSeconds(500))).isTrue();
        }

        @Test
        void aRevocationCommitsOrRollsBackWithTheCallersTransaction() {
            try {
                tx(em -> {
                    new JpaRevocationList(em).revokeTokenId("jti-1", T0.plusSeconds(600));
                    throw new IllegalStateException("use case failed after revoking");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            assertThat(list().isTokenIdRevoked("jti-1", T0)).isFalse();

            boolean seenInside = tx(em -> {
                JpaRevocationList revocations = new JpaRevocationList(em);
                revocations.revokeTokenId("jti-1", T0.plusSeconds(600));
                return revocations.isTokenIdRevoked("jti-1", T0);
            });
            assertThat(seenInside).isTrue();
            assertThat(list().isTokenIdRevoked("jti-1", T0)).isTrue();
        }

        @Test
        void purgeCountsEntriesOfBothKinds() {
            RevocationList list = list();
            for (int i = 0; i < 5; i++) {
                list.revokeTokenId("jti-" + i, T0.plusSeconds(i));
                list.revokeSubject(Identity.of("user-" + i), "room-a", T0, T0.plusSeconds(i));
            }

            assertThat(list.purgeExpired(T0.plusSeconds(2))).isEqualTo(6);
            assertThat(count("SELECT COUNT(*) FROM revoked_token")).isEqualTo(2);
            assertThat(count("SELECT COUNT(*) FROM revoked_subject")).isEqualTo(2);
        }
    }

    @Nested
    class OnH2 extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }

        @Override
        String plan(Statement s, String select) throws SQLException {
            return single(s, "EXPLAIN " + select);
        }

        @Override
        String primaryKeyIndex(Statement s, String table) throws SQLException {
            return single(s, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = '"
                    + table.toUpperCase(java.util.Locale.ROOT) + "' AND INDEX_TYPE_NAME = 'PRIMARY KEY'");
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    class OnPostgres extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }

        @Override
        String plan(Statement s, String select) throws SQLException {
            // Tables this small may well be scanned; forbid that to see whether an index serves the lookup.
            s.execute("SET enable_seqscan = off");
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN " + select)) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            } finally {
                s.execute("RESET enable_seqscan");
            }
            return out.toString();
        }

        @Override
        String primaryKeyIndex(Statement s, String table) throws SQLException {
            return single(s, "SELECT indexrelid::regclass::text FROM pg_index WHERE indisprimary"
                    + " AND indrelid = '" + table + "'::regclass");
        }
    }
}
