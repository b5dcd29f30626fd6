package dev.parley.application.port.in;

import dev.parley.application.Caller;
import dev.parley.domain.room.RoomName;

/** Reads one open room (needs roomList, or roomAdmin for that room). */
public interface GetRoomUseCase {

    /** The room; fails with {@code room_not_found} when it does not exist or has ended. */
    RoomView getRoom(Caller caller, RoomName name);
}
