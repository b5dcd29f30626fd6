package dev.parley.domain.room;

import java.time.Duration;
import java.time.Instant;

/** Small fixtures for the room tests. */
final class Rooms {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Rooms() {
    }

    static Room created() {
        return Room.create(RoomName.of("r1"), "RM_r1", RoomPolicy.defaults(), "", T0);
    }

    static Room created(Duration emptyTimeout, Duration departureTimeout) {
        return Room.create(RoomName.of("r1"), "RM_r1", RoomPolicy.defaults().withTimeouts(emptyTimeout, departureTimeout), "", T0);
    }
}
