package dev.parley.application.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live between renewals.
 *
 * @param renewalInterval how often a client renews its token (it is told in verifyToken)
 * @param renewalGrace    how long after its expiry a token may still be renewed (never hours:
 *                        at most 5 minutes; Plug-N-Meet allows 3 h)
 * @param tokenTtl        lifetime of a renewed token
 * @param autoCreateRooms whether a token with roomCreate may create its room on join
 */
public record SessionSettings(Duration renewalInterval, Duration renewalGrace, Duration tokenTtl, boolean autoCreateRooms) {

    /** Longest renewal grace that can be configured. */
    public static final Duration MAX_GRACE = Duration.ofMinutes(5);

    public SessionSettings {
        Objects.requireNonNull(renewalInterval, "renewalInterval");
        Objects.requireNonNull(renewalGrace, "renewalGrace");
        Objects.requireNonNull(tokenTtl, "tokenTtl");
        if (renewalInterval.compareTo(Duration.ofSeconds(5)) < 0 || renewalInterval.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("renewal interval must be between 5 s and 1 h");
        }
        if (renewalGrace.isNegative() || renewalGrace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("renewal grace must be between 0 and " + MAX_GRACE.toMinutes() + " minutes");
        }
        if (tokenTtl.compareTo(renewalInterval) <= 0) {
            throw new IllegalArgumentException("renewed tokens must live longer than the renewal interval");
        }
    }

    /** Renew every 5 minutes, 30 s grace, renewed tokens live 10 minutes, rooms auto-created with roomCreate. */
    public static SessionSettings defaults() {
        return new SessionSettings(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMinutes(10), true);
    }

    /**
     * How long a messaging credential issued now may live: until the session can no longer be
     * renewed (the token's expiry plus the renewal grace), and at most two renewal intervals.
     */
    public java.time.Instant credentialDeadline(java.time.Instant now, java.time.Instant tokenExpiresAt) {
        java.time.Instant renewable = tokenExpiresAt.plus(renewalGrace);
        java.time.Instant byInterval = now.plus(renewalInterval.multipliedBy(2));
        return byInterval.isBefore(renewable) ? byInterval : renewable;
    }
}
