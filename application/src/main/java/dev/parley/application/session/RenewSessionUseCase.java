package dev.parley.application.session;

import dev.parley.domain.room.RoomName;

/**
 * Renews a live session's token (the messaging server's request/reply). The session is named by
 * the channel the request came in on, which the messaging server authenticated; the token must
 * belong to that session's identity and room. Refused when the participant was removed or banned,
 * the room ended, or the token expired longer ago than the grace period.
 */
public interface RenewSessionUseCase {

    /**
     * @throws dev.parley.application.token.model.TokenRefusedException when the token is not valid
     * @throws dev.parley.application.UseCaseException when the session may not go on (specific code)
     */
    RenewedSession renew(RoomName room, String participantSid, String token);
}
