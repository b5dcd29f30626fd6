package dev.parley.application.port.in;

import dev.parley.application.Caller;

/** Removes (and optionally bans) a participant (needs roomAdmin for that room). */
public interface RemoveParticipantUseCase {

    /** Removes the participant; with a ban, fails only when the room does not exist. */
    void removeParticipant(Caller caller, RemoveParticipantCommand command);
}
