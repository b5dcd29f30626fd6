package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.roomkey.port.RoomKeyRepository;
import dev.parley.application.roomkey.port.StoredRoomKey;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.vault.SealedSecretStore;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the sealed secret and room key contracts do not spell out but the adapter promises: the
 * sealed bytes stored as base64 of exactly what was given (never anything else), the columns'
 * limits refused with messages that name the field and never quote the value, a lost add that
 * leaves the caller's transaction usable, lookups of values no row could hold that never reach
 * the database, a schema that refuses rows no stored key could be, and deletion that is correct
 * inside one transaction and across concurrent ones.
 */
class SealedStorageTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final String ROOM = "RM_storage";

    abstract static class Cases {

        TestDatabase db;

        abstract TestDatabase database();

        @BeforeEach
        void emptyDatabase() {
            db = database().reset();
        }

        <T> T tx(Function<EntityManager, T> work) {
            return db.inTransaction(work);
        }

        /** The store, each call in its own transaction. */
        SealedSecretStore secrets() {
            return db.transactional(SealedSecretStore.class, em -> new JpaSealedSecretStore(em));
        }

        /** The repository, each call in its own transaction. */
        RoomKeyRepository roomKeys() {
            return db.transactional(RoomKeyRepository.class, JpaRoomKeyRepository::new);
        }

        static byte[] everyByte(int length) {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) {
                b[i] = (byte) (255 - i);
            }
            return b;
        }

        static StoredRoomKey roomKey(String sid, long epoch, byte[] sealed) {
            return new StoredRoomKey(sid, new KeyEpoch(epoch), new SealedSecret(sealed), RotationReason.SCHEDULED, T0);
        }

        List<List<String>> rows(String sql, String parameter) {
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                try (ResultSet rs = s.executeQuery()) {
                    List<List<String>> out = new ArrayList<>();
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(rs.getString(i));
                        }
                        out.add(row);
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void execute(String sql) throws SQLException {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }

        // ---- sealed_secret

        @Test
        void theSecretIsStoredAsBase64OfExactlyTheGivenBytesWithTheClocksTime() {
            byte[] blob = everyByte(256);
            Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07.123456789Z"), ZoneOffset.UTC);

            boolean added = tx(em -> new JpaSealedSecretStore(em, clock).addIfAbsent("messaging/operator", new SealedSecret(blob)));

            assertThat(added).isTrue();

            assertThat(rows("SELECT sealed FROM sealed_secret WHERE name = ?", "messaging/operator"))
                    .containsExactly(List.of(Base64.getEncoder().encodeToString(blob)));
            Instant stored = tx(em -> em.find(SealedSecretEntity.class, "messaging/operator").createdAt);
            assertThat(stored).isEqualTo(Instant.parse("2026-03-04T05:06:07.123456Z"));
            assertThat(secrets().find("messaging/operator").orElseThrow().blob()).isEqualTo(blob);
        }

        @Test
        void theLargestSecretFitsAndALargerOneIsRefusedNamingTheFieldOnly() {
            byte[] largest = everyByte(SealedSecretMapper.MAX_SEALED_CHARS / 4 * 3);
            SealedSecret tooBig = new SealedSecret(everyByte(largest.length + 1));

            assertThat(secrets().addIfAbsent("big", new SealedSecret(largest))).isTrue();
            assertThat(secrets().find("big").orElseThrow().blob()).isEqualTo(largest);
            assertThatThrownBy(() -> secrets().addIfAbsent("too-big", tooBig))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("sealed secret is longer than " + SealedSecretMapper.MAX_SEALED_CHARS)
                    .hasMessageNotContaining(tooBig.toBase64().substring(0, 16));
            assertThat(secrets().find("too-big")).isEmpty();
        }

        @Test
        void aLostAddOfANameLeavesTheCallersTransactionUsable() {
            secrets().addIfAbsent("taken", new SealedSecret(new byte[] {1}));

            List<Boolean> added = tx(em -> {
                JpaSealedSecretStore store = new JpaSealedSecretStore(em);
                boolean lost = store.addIfAbsent("taken", new SealedSecret(new byte[] {2}));
                SealedSecret reRead = store.find("taken").orElseThrow(); // what the port tells the loser to do
                return List.of(lost, reRead.equals(new SealedSecret(new byte[] {1})),
                        store.addIfAbsent("free", new SealedSecret(new byte[] {3})));
            });

            assertThat(added).containsExactly(false, true, true);
            assertThat(secrets().find("free")).contains(new SealedSecret(new byte[] {3}));
        }

        /**
         * Runs {@code first} in a transaction left open, then {@code second} in another thread and
         * transaction, checks that the second waits, commits the first and returns the second's result.
         */
        <T> T secondWaitsForFirstCommit(Function<EntityManager, ?> first, Function<EntityManager, T> second) throws Exception {
            EntityManager winner = db.emf().createEntityManager();
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                winner.getTransaction().begin();
                first.apply(winner);
                Future<T> loser = other.submit(() -> tx(second));
                Thread.sleep(300);
                assertThat(loser).as("the second writer waits for the first to commit").isNotDone();
                winner.getTransaction().commit();
                return loser.get(30, TimeUnit.SECONDS);
            } finally {
                if (winner.getTransaction().isActive()) {
                    winner.getTransaction().rollback();
                }
                winner.close();
                other.shutdownNow();
            }
        }

        @Test
        void aConcurrentAddOfATakenNameWaitsForTheWinnerThenReportsFalseWithItsTransactionUsable() throws Exception {
            SealedSecret first = new SealedSecret(new byte[] {1});

            List<Object> loser = secondWaitsForFirstCommit(
                    em -> new JpaSealedSecretStore(em).addIfAbsent("contended", first),
                    em -> {
                        JpaSealedSecretStore store = new JpaSealedSecretStore(em);
                        boolean added = store.addIfAbsent("contended", new SealedSecret(new byte[] {2}));
                        return List.of(added, store.find("contended").orElseThrow(),
                                store.addIfAbsent("after", new SealedSecret(new byte[] {3})));
                    });

            assertThat(loser).containsExactly(false, first, true);
            assertThat(secrets().find("contended")).contains(first);
        }

        @Test
        void namesNoRowCouldHoldAreRefusedOnAddAndNeverLookedUp() {
            String tooLong = "n".repeat(SealedSecretMapper.MAX_NAME_CHARS + 1);
            String longest = "n".repeat(SealedSecretMapper.MAX_NAME_CHARS);

            boolean addedAfter = tx(em -> {
                JpaSealedSecretStore store = new JpaSealedSecretStore(em);
                for (String name : new String[] {tooLong, "secret\u0000name", "secret\uD800name"}) {
                    // U+0000 would abort a PostgreSQL transaction if it reached the database
                    assertThat(store.find(name)).isEmpty();
                    assertThatThrownBy(() -> store.addIfAbsent(name, new SealedSecret(new byte[] {1})))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageStartingWith("sealed secret name")
                            .hasMessageNotContaining("secret\u0000").hasMessageNotContaining("nnnnnnnn");
                }
                return store.addIfAbsent(longest, new SealedSecret(new byte[] {1}));
            });

            assertThat(addedAfter).isTrue();
            assertThat(secrets().find(longest)).isPresent();
        }

        @Test
        void aDamagedSecretRowFailsWithoutQuotingItsContent() throws SQLException {
            execute("INSERT INTO sealed_secret (name, sealed, created_at) VALUES ('damaged', 'not*base64*secret',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");

            assertThatThrownBy(() -> secrets().find("damaged"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("stored sealed secret is not valid base64")
                    .hasNoCause();
        }

        @Test
        void theSecretTableRefusesAnEmptyBlobAndASecondRowForAName() throws SQLException {
            String ts = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
            execute("INSERT INTO sealed_secret (name, sealed, created_at) VALUES ('one', 'AQ==', " + ts + ")");

            assertThatThrownBy(() -> execute("INSERT INTO sealed_secret (name, sealed, created_at) VALUES ('one', 'Ag==', " + ts + ")"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute("INSERT INTO sealed_secret (name, sealed, created_at) VALUES ('two', '', " + ts + ")"))
                    .isInstanceOf(SQLException.class);
            assertThat(rows("SELECT sealed FROM sealed_secret WHERE name = ?", "one")).containsExactly(List.of("AQ=="));
        }

        // ---- room_key

        @Test
        void theSealedKeyIsStoredAsBase64AndTheKeyIndexIsTheEpochsSlot() {
            byte[] blob = everyByte(60);
            long[] epochs = {0, 1, 255, 256, 511, 70_000, Long.MAX_VALUE};
            tx(em -> {
                JpaRoomKeyRepository repo = new JpaRoomKeyRepository(em);
                for (long e : epochs) {
                    assertThat(repo.add(roomKey(ROOM, e, blob))).isTrue();
                }
                return null;
            });

            assertThat(rows("SELECT epoch, key_index, sealed, reason FROM room_key WHERE room_sid = ? ORDER BY epoch", ROOM))
                    .containsExactly(
                            List.of("0", "0", Base64.getEncoder().encodeToString(blob), "SCHEDULED"),
                            List.of("1", "1", Base64.getEncoder().encodeToString(blob), "SCHEDULED"),
                            List.of("255", "255", Base64.getEncoder().encodeToString(blob), "SCHEDULED"),
                            List.of("256", "0", Base64.getEncoder().encodeToString(blob), "SCHEDULED"),
                            List.of("511", "255", Base64.getEncoder().encodeToString(blob), "SCHEDULED"),
                            List.of("70000", "112", Base64.getEncoder().encodeToString(blob), "SCHEDULED"),
                            List.of(Long.toString(Long.MAX_VALUE), "255", Base64.getEncoder().encodeToString(blob), "SCHEDULED"));
        }

        @Test
        void theLargestSealedKeyFitsAndALargerOneIsRefusedNamingTheFieldOnly() {
            byte[] largest = everyByte(RoomKeyMapper.MAX_SEALED_CHARS / 4 * 3);
            StoredRoomKey tooBig = roomKey(ROOM, 1, everyByte(largest.length + 1));

            assertThat(roomKeys().add(roomKey(ROOM, 0, largest))).isTrue();
            assertThat(roomKeys().current(ROOM).orElseThrow().sealed().blob()).isEqualTo(largest);
            assertThatThrownBy(() -> roomKeys().add(tooBig))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("room key sealed key is longer than " + RoomKeyMapper.MAX_SEALED_CHARS)
                    .hasMessageNotContaining(tooBig.sealed().toBase64().substring(0, 16));
            assertThat(roomKeys().history(ROOM)).extracting(k -> k.epoch().number()).containsExactly(0L);
        }

        @Test
        void theCreationTimeIsKeptToTheMicrosecond() {
            StoredRoomKey k = new StoredRoomKey(ROOM, KeyEpoch.first(), new SealedSecret(new byte[] {1}), RotationReason.INITIAL,
                    Instant.parse("2026-05-05T05:05:05.123456789Z"));
            roomKeys().add(k);

            assertThat(roomKeys().current(ROOM).orElseThrow().createdAt())
                    .isEqualTo(Instant.parse("2026-05-05T05:05:05.123456Z"));
        }

        @Test
        void aLostAddOfAnEpochLeavesTheCallersTransactionUsable() {
            roomKeys().add(roomKey(ROOM, 0, new byte[] {1}));

            List<Boolean> added = tx(em -> {
                JpaRoomKeyRepository repo = new JpaRoomKeyRepository(em);
                return List.of(repo.add(roomKey(ROOM, 0, new byte[] {2})), repo.add(roomKey(ROOM, 1, new byte[] {3})));
            });

            assertThat(added).containsExactly(false, true);
            assertThat(roomKeys().history(ROOM)).extracting(k -> k.sealed().blob()[0])
                    .containsExactly((byte) 1, (byte) 3);
        }

        @Test
        void aConcurrentAddOfATakenEpochWaitsForTheWinnerThenReportsFalseWithItsTransactionUsable() throws Exception {
            StoredRoomKey first = roomKey(ROOM, 4, new byte[] {1});

            List<Object> loser = secondWaitsForFirstCommit(
                    em -> new JpaRoomKeyRepository(em).add(first),
                    em -> {
                        JpaRoomKeyRepository repo = new JpaRoomKeyRepository(em);
                        boolean added = repo.add(roomKey(ROOM, 4, new byte[] {2}));
                        return List.of(added, repo.current(ROOM).orElseThrow(), repo.add(roomKey(ROOM, 5, new byte[] {3})));
                    });

            assertThat(loser).containsExactly(false, first, true);
            assertThat(roomKeys().history(ROOM)).extracting(k -> k.epoch().number()).containsExactly(4L, 5L);
        }

        @Test
        void sidsNoRowCouldHoldAreRefusedOnAddAndNeverLookedUp() {
            String tooLong = "s".repeat(RoomKeyMapper.MAX_ROOM_SID_CHARS + 1);

            boolean addedAfter = tx(em -> {
                JpaRoomKeyRepository repo = new JpaRoomKeyRepository(em);
                for (String sid : new String[] {tooLong, "RM_\u0000", "RM_\uDC00"}) {
                    // U+0000 would abort a PostgreSQL transaction if it reached the database
                    assertThat(repo.current(sid)).isEmpty();
                    assertThat(repo.history(sid)).isEmpty();
                    assertThat(repo.deleteRoom(sid)).isZero();
                    assertThatThrownBy(() -> repo.add(roomKey(sid, 0, new byte[] {1})))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageStartingWith("room key room sid")
                            .hasMessageNotContaining("ssssssss");
                }
                return repo.add(roomKey("s".repeat(RoomKeyMapper.MAX_ROOM_SID_CHARS), 0, new byte[] {1}));
            });

            assertThat(addedAfter).isTrue();
        }

        @Test
        void aRoomDeletedAndKeyedAgainInOneTransactionHasOnlyTheNewKey() {
            tx(em -> {
                JpaRoomKeyRepository repo = new JpaRoomKeyRepository(em);
                repo.add(roomKey(ROOM, 0, new byte[] {1}));
                repo.add(roomKey(ROOM, 1, new byte[] {2}));
                return null;
            });
            StoredRoomKey again = roomKey(ROOM, 0, new byte[] {9});

            List<Object> seen = tx(em -> {
                JpaRoomKeyRepository repo = new JpaRoomKeyRepository(em);
                repo.history(ROOM); // the rows are in the persistence context, as after a service read them
                em.find(RoomKeyEntity.class, new RoomKeyEntity.Key(ROOM, 0));
                int deleted = repo.deleteRoom(ROOM);
                return List.of(deleted, repo.current(ROOM).isEmpty(), repo.add(again), repo.history(ROOM));
            });

            assertThat(seen).containsExactly(2, true, true, List.of(again));
            assertThat(roomKeys().history(ROOM)).containsExactly(again);
        }

        @Test
        void concurrentDeletionsOfOneRoomCountEveryRowOnce() throws Exception {
            RoomKeyRepository repo = db.transactional(RoomKeyRepository.class, JpaRoomKeyRepository::new);
            for (long e = 0; e < 20; e++) {
                repo.add(roomKey(ROOM, e, new byte[] {(byte) e}));
            }
            repo.add(roomKey("RM_kept", 0, new byte[] {1}));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            int total = 0;
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return repo.deleteRoom(ROOM);
                    }));
                }
                start.countDown();
                for (Future<Integer> f : results) {
                    total += f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(total).isEqualTo(20);
            assertThat(repo.history(ROOM)).isEmpty();
            assertThat(repo.history("RM_kept")).hasSize(1);
        }

        @Test
        void aDamagedRoomKeyRowFailsWithoutQuotingItsContent() throws SQLException {
            execute("INSERT INTO room_key (room_sid, epoch, key_index, sealed, reason, created_at) VALUES ('" + ROOM
                    + "', 0, 0, 'not*base64*key', 'INITIAL', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");

            assertThatThrownBy(() -> roomKeys().current(ROOM))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("stored room key sealed key is not valid base64")
                    .hasNoCause();
        }

        @Test
        void theRoomKeyTableRefusesRowsNoStoredEpochCouldBe() throws SQLException {
            String ts = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
            String insert = "INSERT INTO room_key (room_sid, epoch, key_index, sealed, reason, created_at) VALUES ";
            execute(insert + "('RM_a', 256, 0, 'AQ==', 'INITIAL', " + ts + ")");

            for (String values : List.of(
                    "('RM_a', 256, 0, 'Ag==', 'SCHEDULED', " + ts + ")",   // the same epoch twice
                    "('RM_a', 257, 0, 'AQ==', 'SCHEDULED', " + ts + ")",   // key index not the epoch's slot
                    "('RM_a', 1, 256, 'AQ==', 'SCHEDULED', " + ts + ")",   // key index out of the ring
                    "('RM_a', -1, 255, 'AQ==', 'SCHEDULED', " + ts + ")",  // negative epoch
                    "('RM_a', 2, 2, '', 'SCHEDULED', " + ts + ")",         // empty sealed key
                    "('RM_a', 3, 3, 'AQ==', 'WHIM', " + ts + ")",          // unknown reason
                    "('RM_a', 4, 4, 'AQ==', 'SCHEDULED', NULL)")) {         // no creation time
                assertThatThrownBy(() -> execute(insert + values)).as(values).isInstanceOf(SQLException.class);
            }
            for (RotationReason reason : RotationReason.values()) {
                int epoch = 300 + reason.ordinal();
                execute(insert + "('RM_a', " + epoch + ", " + (epoch % 256) + ", 'AQ==', '" + reason.name() + "', " + ts + ")");
            }
            assertThat(roomKeys().history("RM_a")).extracting(StoredRoomKey::reason)
                    .startsWith(RotationReason.INITIAL).containsSequence(RotationReason.values());
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
