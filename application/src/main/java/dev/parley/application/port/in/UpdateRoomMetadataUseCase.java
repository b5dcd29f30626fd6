package dev.parley.application.port.in;

import dev.parley.application.Caller;
import dev.parley.domain.room.RoomName;

/** Replaces a room's metadata (needs roomAdmin for that room). */
public interface UpdateRoomMetadataUseCase {

    /** The room after the change. */
    RoomView updateRoomMetadata(Caller caller, RoomName name, String metadata);
}
