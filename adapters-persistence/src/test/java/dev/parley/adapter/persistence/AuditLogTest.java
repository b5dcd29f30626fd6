package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.JpaAuditLog.BrokenLink;
import dev.parley.application.port.out.AuditLog;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.trust.TrustLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit log's hash chain: it verifies when intact and names exactly the entry that was tampered with. */
class AuditLogTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123456Z");

    abstract static class Cases {

        TestDatabase db;

        abstract TestDatabase database();

        @BeforeEach
        void emptyLog() {
            db = database().reset();
        }

        static AuditEvent event(int i) {
            return new AuditEvent(T0.plusSeconds(i), "room.create", i % 3 == 0 ? AuditOutcome.DENIED : AuditOutcome.ALLOWED,
                    i % 3 == 0 ? "permission_denied" : "", TrustLevel.SERVER, "APIkey" + i, "room-" + i,
                    Map.of("identity", "zo\u00eb " + i, "quote\"key", "back\\slash\n"));
        }

        void record(int n) {
            db.inTransaction(em -> {
                JpaAuditLog log = new JpaAuditLog(em);
                for (int i = 1; i <= n; i++) {
                    log.record(event(i));
                }
                return null;
            });
        }

        Optional<BrokenLink> verify() {
            return db.inTransaction(em -> new JpaAuditLog(em).verify());
        }

        void sql(String statement, Object... args) {
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String[]> rows() {
            List<String[]> out = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, prev_hash, entry_hash, actor FROM audit_entry ORDER BY seq")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }

        @Test
        void anEmptyLogVerifies() {
            assertThat(verify()).isEmpty();
        }

        @Test
        void entriesAreNumberedAndEachPointsAtItsPredecessorsHash() {
            record(4);

            List<String[]> rows = rows();
            assertThat(rows).extracting(r -> r[0]).containsExactly("1", "2", "3", "4");
            assertThat(rows.get(0)[1]).isEqualTo(AuditChain.GENESIS);
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i)[1]).isEqualTo(rows.get(i - 1)[2]);
            }
            assertThat(rows).extracting(r -> r[2]).allMatch(h -> h.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
            assertThat(verify()).isEmpty();
        }

        @Test
        void aLongChainVerifiesAcrossPages() {
            record(1203);

            assertThat(verify()).isEmpty();
        }

        @ParameterizedTest(name = "UPDATE audit_entry SET {0} ... WHERE seq = 3")
        @ValueSource(strings = {
            "actor = 'mallory'",
            "action = 'room.list'",
            "outcome = 'ALLOWED'", // entry 3 was a denial
            "reason_code = 'x'",
            "actor_trust = 'ANONYMOUS'",
            "room = 'room-99'",
            "details = '{}'",
            "details = '{\"identity\":\"zo\u00eb 3\"}'",
            "details = 'not json'",
            "occurred_at = occurred_at + INTERVAL '1' SECOND",
            "entry_hash = prev_hash"
        })
        void changingOneColumnOfOneEntryIsReportedAtExactlyThatEntry(String assignment) {
            record(5);

            sql("UPDATE audit_entry SET " + assignment + " WHERE seq = 3");

            assertThat(verify()).contains(new BrokenLink(3, BrokenLink.Kind.CONTENT_CHANGED));
        }

        @Test
        void rewritingAnEntryWithAFreshHashBreaksTheLinkToTheNextOne() {
            record(5);
            AuditEntryEntity forged = db.inTransaction(em -> {
                AuditEntryEntity e = em.find(AuditEntryEntity.class, 3L);
                em.detach(e);
                return e;
            });
            forged.actor = "mallory";
            sql("UPDATE audit_entry SET actor = ?, entry_hash = ? WHERE seq = 3", forged.actor, AuditChain.hashOf(forged));

            assertThat(verify()).contains(new BrokenLink(4, BrokenLink.Kind.NOT_LINKED_TO_PREVIOUS));
        }

        @Test
        void deletingAnEntryIsReportedAtTheMissingNumber() {
            record(5);

            sql("DELETE FROM audit_entry WHERE seq = 2");

            assertThat(verify()).contains(new BrokenLink(2, BrokenLink.Kind.MISSING));
        }

        @Test
        void cuttingEntriesOffTheEndIsReportedAtTheHead() {
            record(5);

            sql("DELETE FROM audit_entry WHERE seq >= 4");

            assertThat(verify()).contains(new BrokenLink(5, BrokenLink.Kind.HEAD_MISMATCH));
        }

        @Test
        void concurrentAppendsFormOneGapFreeChain() throws Exception {
            AuditLog log = db.transactional(AuditLog.class, JpaAuditLog::new);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int base = t * 100;
                    tasks.add(() -> {
                        for (int i = 1; i <= 25; i++) {
                            log.record(event(base + i));
                        }
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(tasks)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(rows()).hasSize(100).extracting(r -> Integer.parseInt(r[0]))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(verify()).isEmpty();
        }

        @Test
        void anEntryOfATransactionThatRolledBackLeavesNoGap() {
            record(2);
            try {
                db.inTransaction(em -> {
                    new JpaAuditLog(em).record(event(3));
                    throw new IllegalStateException("use case failed after auditing");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            record(1);

            assertThat(rows()).extracting(r -> r[0]).containsExactly("1", "2", "3");
            assertThat(verify()).isEmpty();
        }

        @Test
        void instantsAreStoredAndHashedAtMicrosecondPrecision() {
            Instant nanos = Instant.parse("2026-05-05T05:05:05.123456789Z");
            db.inTransaction(em -> {
                new JpaAuditLog(em).record(new AuditEvent(nanos, "participant.join", AuditOutcome.DENIED, "banned",
                        TrustLevel.PARTICIPANT, "", "", null));
                return null;
            });

            Instant stored = db.inTransaction(em -> em.find(AuditEntryEntity.class, 1L).occurredAt);
            assertThat(stored).isEqualTo(Instant.parse("2026-05-05T05:05:05.123456Z"));
            assertThat(verify()).isEmpty();
        }

        @Test
        void anAuditEntryCommitsWithTheChangeItDescribes() {
            db.inTransaction(em -> {
                new JpaRoomRepository(em).add(Room.create(RoomName.of("audited"), "RM_a", RoomPolicy.defaults(), "", T0));
                new JpaAuditLog(em).record(event(1));
                return null;
            });

            assertThat(rows()).hasSize(1);
            Optional<Room> room = db.inTransaction(em -> new JpaRoomRepository(em).find(RoomName.of("audited")));
            assertThat(room).isPresent();
        }
    }

    @Nested
    class OnH2 extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    class OnPostgres extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }
    }
}
