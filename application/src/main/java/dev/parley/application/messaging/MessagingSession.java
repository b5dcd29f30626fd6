package dev.parley.application.messaging;

import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.util.Objects;

/**
 * A participant session as the messaging server must know it to issue a credential.
 *
 * @param room           the room
 * @param participantSid the session id (the participant's {@code PA_...} sid); subjects are bound to it
 * @param identity       the participant's identity (for the credential's name only, never in subjects)
 * @param access         the channels it may use (from its grant only)
 * @param expiresAt      the credential must not outlive this instant (the session's renewal deadline)
 */
public record MessagingSession(RoomName room, String participantSid, Identity identity, MessagingAccess access,
        Instant expiresAt) {
    public MessagingSession {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(participantSid, "participantSid");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
