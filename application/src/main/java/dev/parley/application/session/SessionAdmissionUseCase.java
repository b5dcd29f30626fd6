package dev.parley.application.session;

import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;

/**
 * In-port for the other channels of a session (the SFU's signaling): is {@code identity} an
 * admitted participant of {@code room} right now? True only after verifyToken admitted it, while
 * the room is open, and while it is neither removed nor banned. A valid token alone is not enough:
 * admission is where bans, duplicate identities and the participant limit are decided.
 */
public interface SessionAdmissionUseCase {

    boolean isAdmitted(RoomName room, Identity identity);
}
