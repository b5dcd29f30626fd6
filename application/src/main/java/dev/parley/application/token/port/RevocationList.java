package dev.parley.application.token.port;

import dev.parley.domain.participant.Identity;
import java.time.Instant;

/**
 * The denylist of tokens revoked before they expire (participant removal, bans): by {@code jti},
 * or by identity + room for every token issued before a time. Entries end at their
 * {@code until} time, after which the tokens they cover have expired anyway.
 */
public interface RevocationList {

    /** Revokes the token whose {@code jti} is {@code tokenId} until {@code until}. */
    void revokeTokenId(String tokenId, Instant until);

    /**
     * Revokes every token for {@code identity} in {@code room} (empty room: tokens scoped to no
     * room) that was issued before {@code issuedBefore}, until {@code until}. A later call for the
     * same pair keeps the latest {@code issuedBefore} and {@code until}.
     */
    void revokeSubject(Identity identity, String room, Instant issuedBefore, Instant until);

    /** True when {@code tokenId} is revoked at {@code now}. */
    boolean isTokenIdRevoked(String tokenId, Instant now);

    /**
     * True when a token for {@code identity} in {@code room} issued at {@code issuedAt} is revoked
     * at {@code now}. {@code issuedAt} is null when the token says nothing about it: such a token
     * counts as issued before any revocation.
     */
    boolean isSubjectRevoked(Identity identity, String room, Instant issuedAt, Instant now);

    /** Drops entries whose {@code until} is not after {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
