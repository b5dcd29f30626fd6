package dev.parley.application.port.in;

import dev.parley.application.Caller;
import dev.parley.domain.participant.Participant;

/** Updates a participant's permissions and profile (needs roomAdmin for that room). */
public interface UpdateParticipantUseCase {

    /** The participant after the change. */
    Participant updateParticipant(Caller caller, UpdateParticipantCommand command);
}
