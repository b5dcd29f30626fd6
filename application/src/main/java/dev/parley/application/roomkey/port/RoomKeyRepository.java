package dev.parley.application.roomkey.port;

import java.util.List;
import java.util.Optional;

/** Out-port: durable, sealed room key epochs. */
public interface RoomKeyRepository {

    /**
     * Stores a new epoch.
     *
     * @return false when that epoch already exists for the room (a concurrent rotation won)
     */
    boolean add(StoredRoomKey key);

    /** The newest epoch of the room, if it has a key. */
    Optional<StoredRoomKey> current(String roomSid);

    /** Every epoch of the room, oldest first. */
    List<StoredRoomKey> history(String roomSid);

    /** Forgets every epoch of the room (when it ended); returns how many were deleted. */
    int deleteRoom(String roomSid);
}
