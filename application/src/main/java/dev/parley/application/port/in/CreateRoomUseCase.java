package dev.parley.application.port.in;

import dev.parley.application.Caller;

/**
 * Creates a room (needs roomCreate). Idempotent as in LiveKit: creating a room that is open
 * returns it unchanged; a name whose room has ended is created afresh.
 */
public interface CreateRoomUseCase {

    /** The room, new or already open. */
    RoomView createRoom(Caller caller, CreateRoomCommand command);
}
