package dev.parley.application.port.in;

import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.util.Objects;

/** Create a room called {@code name} with {@code policy} and {@code metadata} (may be empty). */
public record CreateRoomCommand(RoomName name, RoomPolicy policy, String metadata) {
    public CreateRoomCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        metadata = metadata == null ? "" : metadata;
    }
}
