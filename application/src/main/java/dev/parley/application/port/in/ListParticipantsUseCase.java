package dev.parley.application.port.in;

import dev.parley.application.Caller;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.RoomName;
import java.util.List;

/** Reads who is in a room (needs roomAdmin for that room; administrators see hidden participants too). */
public interface ListParticipantsUseCase {

    /** Everybody in the room. */
    List<Participant> listParticipants(Caller caller, RoomName room);

    /** One participant; fails with {@code participant_not_found}. */
    Participant getParticipant(Caller caller, RoomName room, Identity identity);
}
