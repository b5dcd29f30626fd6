package dev.parley.application.port.in;

import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;

/** Records that a participant's session ended on its own (disconnect, leave). */
public interface LeaveRoomUseCase {

    /** Removes the session {@code sid} of {@code identity}; a stale sid (already replaced) changes nothing. */
    void leaveRoom(RoomName room, Identity identity, String sid);
}
