package dev.parley.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.DuplicateIdentityPolicy;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RoomRepository} must show. Adapters extend this class and return
 * their implementation, over a clean store, from {@link #newRepository()}.
 */
public abstract class RoomRepositoryContractTest {

    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private RoomRepository repo;

    /** A repository over an empty store. */
    protected abstract RoomRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repo = newRepository();
    }

    protected static Room room(String name) {
        return Room.create(RoomName.of(name), "RM_" + name, RoomPolicy.defaults(), "", T0);
    }

    @Test
    void aNewRoomCanBeFoundWithEveryFieldIntact() {
        RoomPolicy policy = new RoomPolicy(12, Duration.ofSeconds(90), Duration.ofSeconds(7), KeyPolicy.SERVER_MANAGED,
                EnumSet.of(Feature.CHAT, Feature.RECORDING), DuplicateIdentityPolicy.REFUSE_NEWCOMER);
        Room r = Room.create(RoomName.of("full-room"), "RM_abc", policy, "{\"topic\":\"caf\u00e9 \u2615\"}", T0);

        assertThat(repo.add(r)).isTrue();

        assertThat(repo.find(RoomName.of("full-room"))).contains(r);
    }

    @Test
    void addRefusesASecondRoomWithTheSameName() {
        assertThat(repo.add(room("dup"))).isTrue();
        Room other = Room.create(RoomName.of("dup"), "RM_other", RoomPolicy.defaults(), "x", T0);

        assertThat(repo.add(other)).isFalse();
        assertThat(repo.find(RoomName.of("dup")).orElseThrow().sid()).isEqualTo("RM_dup");
    }

    @Test
    void concurrentAddsOfOneNameHaveExactlyOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String sid = "RM_" + i;
                tasks.add(() -> repo.add(Room.create(RoomName.of("race"), sid, RoomPolicy.defaults(), "", T0)));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updateReplacesStateMetadataAndTimes() {
        repo.add(room("life"));
        Instant later = T0.plus(5, ChronoUnit.MINUTES);
        Room ended = room("life").activate(T0.plusSeconds(1)).withMetadata("m2").end(later);

        repo.update(ended);

        assertThat(repo.find(RoomName.of("life"))).contains(ended);
    }

    @Test
    void updateOfAnUnknownRoomFails() {
        assertThatThrownBy(() -> repo.update(room("ghost"))).isInstanceOf(RuntimeException.class);
        assertThat(repo.find(RoomName.of("ghost"))).isEmpty();
    }

    @Test
    void findOpenListsOnlyRoomsThatHaveNotEndedOrderedByName() {
        repo.add(room("b"));
        repo.add(room("a"));
        repo.add(room("c"));
        repo.update(room("c").end(T0.plusSeconds(3)));

        assertThat(repo.findOpen()).extracting(r -> r.name().value()).containsExactly("a", "b");
    }

    @Test
    void deleteForgetsTheRoomAndFreesTheName() {
        repo.add(room("gone"));

        repo.delete(RoomName.of("gone"));

        assertThat(repo.find(RoomName.of("gone"))).isEmpty();
        assertThat(repo.add(room("gone"))).isTrue();
    }

    @Test
    void metadataOfTheMaximumSizeSurvivesTheRoundTrip() {
        String big = "\u00e9".repeat(32 * 1024); // 64 KiB in UTF-8
        Room r = Room.create(RoomName.of("big"), "RM_big", RoomPolicy.defaults(), big, T0);

        repo.add(r);

        assertThat(repo.find(RoomName.of("big")).orElseThrow().metadata()).isEqualTo(big);
    }
}
