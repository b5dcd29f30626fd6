package dev.parley.application.auth;

import dev.parley.application.Caller;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.domain.trust.TrustLevel;
import java.util.Objects;

/**
 * Implements {@link AuthenticateBearerUseCase} over {@link VerifyAccessTokenUseCase}: every rule
 * of the token (signature, times, purpose, revocation) is the verifier's; this class only says
 * who the verified token makes the caller.
 */
public final class BearerAuthenticationService implements AuthenticateBearerUseCase {

    private final VerifyAccessTokenUseCase verifier;

    public BearerAuthenticationService(VerifyAccessTokenUseCase verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public Caller authenticate(String compactToken) {
        // RFC 8725 §3.12: only an ACCESS token authorises API calls; a renewal, webhook or
        // download token is refused by the verifier with token_wrong_purpose.
        TokenClaims claims = verifier.verify(compactToken, TokenPurpose.ACCESS);
        String actor = "key:" + claims.issuer() + claims.subject().map(identity -> "/" + identity.value()).orElse("");
        return Caller.withGrant(TrustLevel.SERVER, actor, claims.video());
    }
}
