package dev.parley.application.session;

/**
 * Starts a participant session from an access token: verifies it (signature, expiry, denylist),
 * admits the participant (room, ban, duplicate identity, limit) and hands out its messaging
 * credential and, under SERVER_MANAGED, the current room key.
 */
public interface VerifyTokenUseCase {

    /**
     * @throws dev.parley.application.token.model.TokenRefusedException when the token is not valid
     * @throws dev.parley.application.UseCaseException when admission is refused (specific code)
     */
    SessionGrant verifyToken(String token);
}
