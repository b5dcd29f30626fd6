package dev.parley.domain.room;

import static dev.parley.domain.room.Rooms.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Room lifecycle: CREATED -> ACTIVE -> ENDED, and nothing changes an ENDED room. */
class RoomLifecycleTest {

    private static void assertRoomEnded(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("room_ended"));
    }

    @Test
    void newRoomIsCreated() {
        Room room = Rooms.created();

        assertThat(room.state()).isEqualTo(RoomState.CREATED);
        assertThat(room.isEnded()).isFalse();
        assertThat(room.createdAt()).isEqualTo(T0);
        assertThat(room.lastActivityAt()).isEqualTo(T0);
        assertThat(room.endedAt()).isNull();
    }

    @Test
    void firstJoinMakesTheRoomActive() {
        Room room = Rooms.created().activate(T0.plusSeconds(5));

        assertThat(room.state()).isEqualTo(RoomState.ACTIVE);
        assertThat(room.lastActivityAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(room.createdAt()).isEqualTo(T0);
    }

    @Test
    void laterJoinsKeepTheRoomActiveAndRecordActivity() {
        Room room = Rooms.created().activate(T0.plusSeconds(5)).activate(T0.plusSeconds(9));

        assertThat(room.state()).isEqualTo(RoomState.ACTIVE);
        assertThat(room.lastActivityAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void departureRecordsActivityWithoutChangingState() {
        Room room = Rooms.created().activate(T0.plusSeconds(5)).recordDeparture(T0.plusSeconds(30));

        assertThat(room.state()).isEqualTo(RoomState.ACTIVE);
        assertThat(room.lastActivityAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void activeRoomEnds() {
        Room room = Rooms.created().activate(T0.plusSeconds(5)).end(T0.plusSeconds(60));

        assertThat(room.state()).isEqualTo(RoomState.ENDED);
        assertThat(room.isEnded()).isTrue();
        assertThat(room.endedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(room.lastActivityAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void createdRoomCanEndBeforeAnybodyJoined() {
        Room room = Rooms.created().end(T0.plusSeconds(300));

        assertThat(room.state()).isEqualTo(RoomState.ENDED);
        assertThat(room.endedAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void transitionsKeepTheRoomsIdentityAndPolicy() {
        Room created = Rooms.created();
        for (Room r : List.of(created.activate(T0), created.recordDeparture(T0), created.end(T0), created.withMetadata("m"))) {
            assertThat(r.name()).isEqualTo(created.name());
            assertThat(r.sid()).isEqualTo(created.sid());
            assertThat(r.policy()).isEqualTo(created.policy());
            assertThat(r.createdAt()).isEqualTo(created.createdAt());
        }
    }

    @Test
    void nothingChangesAnEndedRoom() {
        Room ended = Rooms.created().activate(T0).end(T0.plusSeconds(1));

        assertRoomEnded(() -> ended.activate(T0.plusSeconds(2)));
        assertRoomEnded(() -> ended.recordDeparture(T0.plusSeconds(2)));
        assertRoomEnded(() -> ended.end(T0.plusSeconds(2)));
        assertRoomEnded(() -> ended.withMetadata("new"));
        assertRoomEnded(() -> ended.withMetadata(""));
    }

    @Test
    void endedAtIsSetExactlyWhenEnded() {
        assertThatThrownBy(() -> new Room(RoomName.of("r1"), "RM", RoomPolicy.defaults(), RoomState.ENDED, "", T0, T0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Room(RoomName.of("r1"), "RM", RoomPolicy.defaults(), RoomState.ACTIVE, "", T0, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Room(RoomName.of("r1"), "RM", RoomPolicy.defaults(), RoomState.CREATED, "", T0, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nameSidPolicyStateAndTimesAreRequired() {
        RoomPolicy p = RoomPolicy.defaults();
        RoomName n = RoomName.of("r1");
        assertThatThrownBy(() -> new Room(null, "RM", p, RoomState.CREATED, "", T0, T0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Room(n, null, p, RoomState.CREATED, "", T0, T0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Room(n, "RM", null, RoomState.CREATED, "", T0, T0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Room(n, "RM", p, null, "", T0, T0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Room(n, "RM", p, RoomState.CREATED, "", null, T0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Room(n, "RM", p, RoomState.CREATED, "", T0, null, null)).isInstanceOf(NullPointerException.class);
    }
}
