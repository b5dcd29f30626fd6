package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.domain.room.RoomName;

/** LiveKit's {@code ListParticipantsRequest}. */
public record ListParticipantsRequest(String room) {

    /** Reads the request. */
    public static ListParticipantsRequest from(ProtoJsonObject json) {
        return new ListParticipantsRequest(json.string("room"));
    }

    /** The room whose participants are listed. */
    public RoomName roomName() {
        return RoomName.of(room);
    }
}
