package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.application.port.in.UpdateParticipantCommand;
import dev.parley.domain.grant.PermissionUpdate;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * LiveKit's {@code UpdateParticipantRequest}, with LiveKit's semantics: an empty {@code metadata}
 * or {@code name} leaves it unchanged; a {@code permission} replaces every permission; the
 * {@code attributes} given are set and those given an empty value are deleted, the others kept.
 */
public record UpdateParticipantRequest(String room, String identity, String metadata,
        Optional<ParticipantPermissionMessage> permission, String name, Map<String, String> attributes) {

    public UpdateParticipantRequest {
        attributes = Map.copyOf(attributes);
    }

    /** Reads the request. */
    public static UpdateParticipantRequest from(ProtoJsonObject json) {
        return new UpdateParticipantRequest(json.string("room"), json.string("identity"), json.string("metadata"),
                json.message("permission").map(ParticipantPermissionMessage::from), json.string("name"),
                json.stringMap("attributes"));
    }

    /** The room. */
    public RoomName roomName() {
        return RoomName.of(room);
    }

    /** The participant's identity. */
    public Identity participantIdentity() {
        return Identity.of(identity);
    }

    /** True when the request changes attributes (so the current ones must be read to merge). */
    public boolean changesAttributes() {
        return !attributes.isEmpty();
    }

    /**
     * The command for the use case.
     *
     * @param currentAttributes the participant's attributes now; only read when {@link #changesAttributes()}
     */
    public UpdateParticipantCommand toCommand(Map<String, String> currentAttributes) {
        Map<String, String> merged = null;
        if (changesAttributes()) {
            merged = new TreeMap<>(currentAttributes);
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (e.getValue().isEmpty()) {
                    merged.remove(e.getKey());
                } else {
                    merged.put(e.getKey(), e.getValue());
                }
            }
        }
        PermissionUpdate permissions = permission.map(ParticipantPermissionMessage::toReplacement).orElse(PermissionUpdate.nothing());
        return new UpdateParticipantCommand(roomName(), participantIdentity(), permissions,
                name.isEmpty() ? null : name, metadata.isEmpty() ? null : metadata, merged);
    }
}
