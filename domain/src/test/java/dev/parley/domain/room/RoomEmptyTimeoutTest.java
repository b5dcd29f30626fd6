package dev.parley.domain.room;

import static dev.parley.domain.room.Rooms.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Room.closesWhenEmptyAt: the empty timeout before anybody joined, the departure timeout after. */
class RoomEmptyTimeoutTest {

    private static final Duration EMPTY = Duration.ofMinutes(5);
    private static final Duration DEPARTURE = Duration.ofSeconds(20);

    @Test
    void closesWhenEmptyAtUsesEmptyTimeoutBeforeAnyoneJoined() {
        Room room = Rooms.created(EMPTY, DEPARTURE);

        assertThat(room.closesWhenEmptyAt(0)).contains(T0.plus(EMPTY));
    }

    @Test
    void closesWhenEmptyAtUsesDepartureTimeoutAfterTheLastDeparture() {
        Room room = Rooms.created(EMPTY, DEPARTURE).activate(T0.plusSeconds(10)).recordDeparture(T0.plusSeconds(100));

        assertThat(room.closesWhenEmptyAt(0)).contains(T0.plusSeconds(100).plus(DEPARTURE));
    }

    @Test
    void departureTimeoutCountsFromTheLatestActivity() {
        Room room = Rooms.created(EMPTY, DEPARTURE).activate(T0.plusSeconds(10)).recordDeparture(T0.plusSeconds(100))
                .activate(T0.plusSeconds(110)).recordDeparture(T0.plusSeconds(200));

        assertThat(room.closesWhenEmptyAt(0)).contains(T0.plusSeconds(200).plus(DEPARTURE));
    }

    @Test
    void emptyAndDepartureTimeoutsAreIndependent() {
        Room room = Rooms.created(Duration.ofSeconds(7), Duration.ofHours(2));

        assertThat(room.closesWhenEmptyAt(0)).contains(T0.plusSeconds(7));
        assertThat(room.activate(T0).recordDeparture(T0.plusSeconds(1)).closesWhenEmptyAt(0))
                .contains(T0.plusSeconds(1).plus(Duration.ofHours(2)));
    }

    @Test
    void occupiedRoomDoesNotClose() {
        Room room = Rooms.created(EMPTY, DEPARTURE);

        assertThat(room.closesWhenEmptyAt(1)).isEmpty();
        assertThat(room.activate(T0).closesWhenEmptyAt(3)).isEmpty();
    }

    @Test
    void endedRoomDoesNotCloseAgain() {
        assertThat(Rooms.created(EMPTY, DEPARTURE).end(T0.plusSeconds(1)).closesWhenEmptyAt(0)).isEmpty();
    }

    @Test
    void zeroTimeoutClosesAtOnce() {
        Room room = Rooms.created(Duration.ZERO, Duration.ZERO);

        assertThat(room.closesWhenEmptyAt(0)).contains(T0);
        assertThat(room.activate(T0).recordDeparture(T0.plusSeconds(3)).closesWhenEmptyAt(0)).contains(T0.plusSeconds(3));
    }
}
