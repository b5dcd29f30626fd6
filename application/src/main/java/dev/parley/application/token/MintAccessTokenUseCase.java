package dev.parley.application.token;

/**
 * In-port: mints a signed token with LiveKit's claim format (what Parley's REST API and CLI
 * hand out, what renewals and webhooks carry), signed by an ACTIVE key of the key ring.
 */
public interface MintAccessTokenUseCase {

    /**
     * Mints a token for {@code command}.
     *
     * @throws TokenRefusedException when no key may sign, the lifetime exceeds the policy, a room
     *         join has no identity, or the token would exceed the size limit
     */
    MintedToken mint(MintTokenCommand command);
}
