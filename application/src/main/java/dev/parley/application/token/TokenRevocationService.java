package dev.parley.application.token;

import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.participant.Identity;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import dev.parley.application.token.model.TokenClaims;

/**
 * Implements {@link RevokeAccessTokenUseCase}. Entries last exactly as long as a covered token
 * could still verify: until its {@code exp} plus the leeway, or, for identity + room, until every
 * token issued before now has passed the maximum lifetime plus the leeway.
 */
public final class TokenRevocationService implements RevokeAccessTokenUseCase {

    private final RevocationList revocations;
    private final Clock clock;
    private final TokenPolicy policy;

    public TokenRevocationService(RevocationList revocations, Clock clock, TokenPolicy policy) {
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void revoke(TokenClaims claims) {
        Objects.requireNonNull(claims, "claims");
        if (claims.tokenId().isPresent()) {
            revocations.revokeTokenId(claims.tokenId().get(), claims.expiresAt().plus(policy.leeway()));
        } else if (claims.subject().isPresent()) {
            revokeIdentity(claims.subject().get(), claims.room());
        } else {
            throw new IllegalArgumentException("a token without jti and without identity cannot be revoked; revoke its key");
        }
    }

    @Override
    public void revokeIdentity(Identity identity, String room) {
        Objects.requireNonNull(identity, "identity");
        Instant now = clock.instant();
        revocations.revokeSubject(identity, room == null ? "" : room, now,
                now.plus(policy.maxLifetime()).plus(policy.leeway()).plus(policy.leeway()));
    }
}
