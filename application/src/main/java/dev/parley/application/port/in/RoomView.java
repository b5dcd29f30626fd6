package dev.parley.application.port.in;

import dev.parley.domain.room.Room;
import java.util.Objects;

/**
 * A room as the server API shows it: the room and how many participants it has.
 *
 * @param room                the room
 * @param participantCount    visible participants (what LiveKit calls num_participants)
 * @param hiddenCount         hidden participants (recorders, agents...), not counted in the limit
 */
public record RoomView(Room room, int participantCount, int hiddenCount) {
    public RoomView {
        Objects.requireNonNull(room, "room");
    }
}
