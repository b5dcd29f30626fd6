package dev.parley.domain.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RoomState.canMoveTo: CREATED -> ACTIVE | ENDED, ACTIVE -> ENDED, ENDED is final. */
class RoomStateTest {

    private static final Map<RoomState, Set<RoomState>> ALLOWED = Map.of(
            RoomState.CREATED, Set.of(RoomState.ACTIVE, RoomState.ENDED),
            RoomState.ACTIVE, Set.of(RoomState.ENDED),
            RoomState.ENDED, Set.of());

    @Test
    void roomStateMovesOnlyForward() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(RoomState.values());
        for (RoomState from : RoomState.values()) {
            for (RoomState to : RoomState.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void endedIsFinal() {
        for (RoomState to : RoomState.values()) {
            assertThat(RoomState.ENDED.canMoveTo(to)).isFalse();
        }
    }
}
