package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;

/** LiveKit's {@code RoomParticipantIdentity} (GetParticipant, RemoveParticipant). */
public record RoomParticipantIdentity(String room, String identity) {

    /** Reads the request. */
    public static RoomParticipantIdentity from(ProtoJsonObject json) {
        return new RoomParticipantIdentity(json.string("room"), json.string("identity"));
    }

    /** The room. */
    public RoomName roomName() {
        return RoomName.of(room);
    }

    /** The participant's identity. */
    public Identity participantIdentity() {
        return Identity.of(identity);
    }
}
