package dev.parley.application.auth;

import dev.parley.application.Caller;
import dev.parley.application.token.model.TokenRefusedException;

/**
 * In-port: authenticates a server-API call that carries {@code Authorization: Bearer <JWT>}
 * (LiveKit's Twirp RoomService, RFC 6750 §2.1). The token must be a valid ACCESS token; the
 * caller is trusted as SERVER but only as far as the token's video grant reaches.
 */
public interface AuthenticateBearerUseCase {

    /**
     * The caller the compact token stands for: trust SERVER, the token's grant, and the actor
     * {@code key:<iss>/<sub>} ({@code key:<iss>} when the token names no identity).
     *
     * @param compactToken the compact JWS from the header, without the {@code Bearer } prefix
     * @throws TokenRefusedException with the token's refusal code when the token is not accepted
     */
    Caller authenticate(String compactToken);
}
