package dev.parley.application.port.in;

import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;
import java.util.Map;
import java.util.Objects;

/**
 * A verified participant asks to join {@code room} with the identity, profile and grant its
 * token carries. {@code autoCreate}: create the room when it does not exist (only with roomCreate).
 */
public record JoinRoomCommand(
        RoomName room,
        Identity identity,
        String name,
        String metadata,
        Map<String, String> attributes,
        ParticipantKind kind,
        VideoGrant grant,
        boolean autoCreate) {
    public JoinRoomCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grant, "grant");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
