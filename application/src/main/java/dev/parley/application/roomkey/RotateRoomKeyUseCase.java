package dev.parley.application.roomkey;

import dev.parley.application.Caller;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.room.RoomName;

/** In-port: an administrator (holder of an API secret) starts a new key epoch for a SERVER_MANAGED room. */
public interface RotateRoomKeyUseCase {

    /**
     * @return the new epoch
     * @throws dev.parley.application.UseCaseException {@code trust_level_insufficient} for token callers,
     *         {@code room_not_found}, or {@code room_key_not_server_managed} when Parley holds no key for the room
     */
    KeyEpoch rotateRoomKey(Caller caller, RoomName room);
}
