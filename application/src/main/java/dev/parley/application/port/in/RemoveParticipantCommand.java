package dev.parley.application.port.in;

import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.util.Objects;

/** Remove {@code identity} from {@code room}; with {@code ban}, it may not come back. */
public record RemoveParticipantCommand(RoomName room, Identity identity, boolean ban) {
    public RemoveParticipantCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(identity, "identity");
    }
}
