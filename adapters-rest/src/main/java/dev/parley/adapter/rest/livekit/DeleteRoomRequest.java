package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.domain.room.RoomName;

/** LiveKit's {@code DeleteRoomRequest}. */
public record DeleteRoomRequest(String room) {

    /** Reads the request. */
    public static DeleteRoomRequest from(ProtoJsonObject json) {
        return new DeleteRoomRequest(json.string("room"));
    }

    /** The room to delete. */
    public RoomName roomName() {
        return RoomName.of(room);
    }
}
