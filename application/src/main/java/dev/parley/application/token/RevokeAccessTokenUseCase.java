package dev.parley.application.token;

import dev.parley.domain.participant.Identity;
import dev.parley.application.token.model.TokenClaims;

/**
 * In-port: puts tokens on the denylist until they expire. Participant removal and bans call it
 * so that a removed participant cannot rejoin with the token it still holds (LiveKit #2804).
 */
public interface RevokeAccessTokenUseCase {

    /**
     * Revokes the token with these (verified) claims: by {@code jti} until its {@code exp} plus
     * the leeway; without a {@code jti}, every token for its identity and room issued until now.
     *
     * @throws IllegalArgumentException when the claims have neither {@code jti} nor identity
     */
    void revoke(TokenClaims claims);

    /** Revokes every token for {@code identity} in {@code room} issued until now. */
    void revokeIdentity(Identity identity, String room);
}
