package dev.parley.application.port.in;

import dev.parley.domain.grant.PermissionUpdate;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.util.Map;
import java.util.Objects;

/**
 * Change a participant: permissions partially (a null field keeps its value) and, when not
 * null, its name, metadata and attributes.
 */
public record UpdateParticipantCommand(
        RoomName room,
        Identity identity,
        PermissionUpdate permissions,
        String name,
        String metadata,
        Map<String, String> attributes) {
    public UpdateParticipantCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(identity, "identity");
        permissions = permissions == null ? PermissionUpdate.nothing() : permissions;
        attributes = attributes == null ? null : Map.copyOf(attributes);
    }
}
