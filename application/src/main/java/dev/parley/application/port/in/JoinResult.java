package dev.parley.application.port.in;

import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful join: the room, the new participant session, the session it replaced (same
 * identity, LiveKit's behaviour) and the others the newcomer may see (hidden ones left out).
 */
public record JoinResult(Room room, Participant participant, Optional<Participant> replaced, List<Participant> others) {
    public JoinResult {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(replaced, "replaced");
        others = List.copyOf(others);
    }
}
