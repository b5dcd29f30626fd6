package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.domain.room.RoomName;

/** LiveKit's {@code UpdateRoomMetadataRequest}: replaces the room's metadata (empty clears it). */
public record UpdateRoomMetadataRequest(String room, String metadata) {

    /** Reads the request. */
    public static UpdateRoomMetadataRequest from(ProtoJsonObject json) {
        return new UpdateRoomMetadataRequest(json.string("room"), json.string("metadata"));
    }

    /** The room. */
    public RoomName roomName() {
        return RoomName.of(room);
    }
}
