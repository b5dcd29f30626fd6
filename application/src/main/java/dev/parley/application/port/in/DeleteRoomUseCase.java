package dev.parley.application.port.in;

import dev.parley.application.Caller;
import dev.parley.domain.room.RoomName;

/** Ends a room and removes everybody from it (see RoomDeletionRule for the grant it needs). */
public interface DeleteRoomUseCase {

    /** Ends the room; fails with {@code room_not_found} when it does not exist or already ended. */
    void deleteRoom(Caller caller, RoomName name);
}
