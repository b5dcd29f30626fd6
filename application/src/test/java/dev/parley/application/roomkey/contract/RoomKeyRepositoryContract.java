package dev.parley.application.roomkey.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.roomkey.port.RoomKeyRepository;
import dev.parley.application.roomkey.port.StoredRoomKey;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RoomKeyRepository}. An adapter extends this class and returns a fresh,
 * empty repository from {@link #newRepository()}; it must be usable from several threads at once
 * (each call its own transaction, for a database), as the race test calls it concurrently.
 * Instants are whole seconds: a store may keep less than nanosecond precision.
 */
public abstract class RoomKeyRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    protected static final String ROOM = "RM_contract";
    protected static final String OTHER_ROOM = "RM_other";

    /** A new, empty repository. */
    protected abstract RoomKeyRepository newRepository();

    private RoomKeyRepository repo;

    @BeforeEach
    void setUpRepository() {
        repo = newRepository();
    }

    /** A stored epoch whose sealed bytes tell the room and epoch apart (and vary with {@code marker}). */
    protected static StoredRoomKey key(String roomSid, long epoch, int marker, RotationReason reason) {
        byte[] blob = {(byte) epoch, (byte) (epoch >>> 8), (byte) roomSid.length(), (byte) marker, (byte) 0xff, 0};
        return new StoredRoomKey(roomSid, new KeyEpoch(epoch), new SealedSecret(blob), reason, T0.plusSeconds(epoch % 100_000));
    }

    protected static StoredRoomKey key(String roomSid, long epoch) {
        return key(roomSid, epoch, 0, epoch == 0 ? RotationReason.INITIAL : RotationReason.SCHEDULED);
    }

    private static List<Long> epochs(List<StoredRoomKey> keys) {
        return keys.stream().map(k -> k.epoch().number()).toList();
    }

    @Test
    void aRoomWithoutKeysHasNoCurrentEpochAndNoHistory() {
        repo.add(key(OTHER_ROOM, 0));

        assertThat(repo.current(ROOM)).isEmpty();
        assertThat(repo.history(ROOM)).isEmpty();
        assertThat(repo.deleteRoom(ROOM)).isZero();
    }

    @Test
    void anAddedEpochComesBackWithEveryFieldAndEveryBlobByteIntact() {
        byte[] blob = new byte[256];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) i;
        }
        List<StoredRoomKey> added = new ArrayList<>();
        RotationReason[] reasons = RotationReason.values();
        for (int i = 0; i < reasons.length; i++) {
            StoredRoomKey k = new StoredRoomKey(ROOM, new KeyEpoch(i), new SealedSecret(blob), reasons[i], T0.plusSeconds(60L * i));
            assertThat(repo.add(k)).isTrue();
            added.add(k);
        }

        assertThat(repo.history(ROOM)).containsExactlyElementsOf(added);
        StoredRoomKey current = repo.current(ROOM).orElseThrow();
        assertThat(current).isEqualTo(added.get(added.size() - 1));
        assertThat(current.sealed().blob()).isEqualTo(blob);
    }

    @Test
    void anEpochTheRoomAlreadyHasIsRefusedAndTheFirstIsKept() {
        StoredRoomKey first = key(ROOM, 3, 1, RotationReason.PARTICIPANT_REMOVED);
        assertThat(repo.add(first)).isTrue();

        assertThat(repo.add(key(ROOM, 3, 2, RotationReason.ADMIN_REQUEST))).isFalse();
        assertThat(repo.add(first)).as("even the same epoch again").isFalse();

        assertThat(repo.history(ROOM)).containsExactly(first);
        assertThat(repo.current(ROOM)).contains(first);
    }

    @Test
    void currentIsTheHighestEpochWhateverTheOrderOfAdds() {
        for (long e : new long[] {2, 0, 255, 1000, 256, 9, 1}) {
            repo.add(key(ROOM, e));
        }

        assertThat(repo.current(ROOM).orElseThrow().epoch()).isEqualTo(new KeyEpoch(1000));
    }

    @Test
    void historyIsOldestEpochFirstInNumericOrder() {
        for (long e : new long[] {10, 2, 0, 1000, 256, 255, 1, 99}) {
            repo.add(key(ROOM, e));
        }

        assertThat(epochs(repo.history(ROOM))).containsExactly(0L, 1L, 2L, 10L, 99L, 255L, 256L, 1000L);
    }

    @Test
    void theLargestEpochIsStoredAndIsCurrent() {
        repo.add(key(ROOM, 0));
        StoredRoomKey last = key(ROOM, Long.MAX_VALUE);

        assertThat(repo.add(last)).isTrue();

        assertThat(repo.current(ROOM)).contains(last);
        assertThat(repo.current(ROOM).orElseThrow().epoch().keyIndex()).isEqualTo(255);
    }

    @Test
    void roomsAreIsolatedEvenWithTheSameEpochNumbers() {
        StoredRoomKey mine = key(ROOM, 0, 1, RotationReason.INITIAL);
        StoredRoomKey theirs = key(OTHER_ROOM, 0, 2, RotationReason.INITIAL);
        assertThat(repo.add(mine)).isTrue();
        assertThat(repo.add(theirs)).as("epoch 0 of another room").isTrue();
        repo.add(key(OTHER_ROOM, 1));

        assertThat(repo.current(ROOM)).contains(mine);
        assertThat(repo.history(ROOM)).containsExactly(mine);
        assertThat(repo.current(OTHER_ROOM).orElseThrow().epoch()).isEqualTo(new KeyEpoch(1));
        assertThat(repo.current("rm_contract")).as("room sids are case-sensitive").isEmpty();
        assertThat(repo.current("RM_")).as("no prefix match").isEmpty();
    }

    @Test
    void deleteRoomRemovesEveryEpochOfThatRoomOnlyAndCountsThem() {
        for (long e = 0; e < 5; e++) {
            repo.add(key(ROOM, e));
        }
        repo.add(key(OTHER_ROOM, 0));
        repo.add(key(OTHER_ROOM, 1));

        assertThat(repo.deleteRoom(ROOM)).isEqualTo(5);

        assertThat(repo.current(ROOM)).isEmpty();
        assertThat(repo.history(ROOM)).isEmpty();
        assertThat(epochs(repo.history(OTHER_ROOM))).containsExactly(0L, 1L);
        assertThat(repo.deleteRoom(ROOM)).as("nothing left to delete").isZero();
    }

    @Test
    void concurrentAddsOfOneEpochHaveExactlyOneWinnerAndItsKeyStays() throws Exception {
        repo.add(key(ROOM, 0));
        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<StoredRoomKey> candidates = new ArrayList<>();
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                StoredRoomKey mine = key(ROOM, 1, i, RotationReason.PARTICIPANT_BANNED);
                candidates.add(mine);
                Callable<Boolean> task = () -> {
                    start.await();
                    return repo.add(mine);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<StoredRoomKey> winners = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                if (results.get(i).get(30, TimeUnit.SECONDS)) {
                    winners.add(candidates.get(i));
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(repo.current(ROOM)).contains(winners.get(0));
            assertThat(epochs(repo.history(ROOM))).containsExactly(0L, 1L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentAddsOfDifferentRoomsAllSucceed() throws Exception {
        int rooms = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < rooms; i++) {
                StoredRoomKey k = key("RM_parallel_" + i, 0);
                results.add(pool.submit(() -> {
                    start.await();
                    return repo.add(k);
                }));
            }
            start.countDown();
            for (Future<Boolean> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < rooms; i++) {
            assertThat(repo.current("RM_parallel_" + i)).contains(key("RM_parallel_" + i, 0));
        }
    }
}
