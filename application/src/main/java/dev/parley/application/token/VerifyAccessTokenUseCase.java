package dev.parley.application.token;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenClaims;

/**
 * In-port: checks a compact token presented by a caller (REST {@code Authorization: Bearer},
 * the first signaling message, a NATS renewal request) and returns its claims once every rule
 * holds: size, structure, algorithm pinned to a live key, signature, times, lifetime, identity,
 * purpose and revocation.
 */
public interface VerifyAccessTokenUseCase {

    /**
     * Verifies {@code compactToken} for {@code expectedPurpose}.
     *
     * @return the verified claims
     * @throws TokenRefusedException with the reason; nothing else escapes for any input string
     */
    TokenClaims verify(String compactToken, TokenPurpose expectedPurpose);
}
