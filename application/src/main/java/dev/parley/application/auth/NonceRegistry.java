package dev.parley.application.auth;

import java.time.Instant;

/**
 * Out-port: the nonces of signed requests seen within the replay window. A nonce is remembered
 * per API key until {@code expiresAt}, the moment after which its request would be refused as
 * expired anyway; implementations must decide "first use" atomically (two concurrent requests
 * with the same nonce: exactly one is {@link Outcome#ACCEPTED}) and must never forget a nonce
 * before it expires, so when they are full they answer {@link Outcome#FULL} instead of evicting.
 */
public interface NonceRegistry {

    /** What {@link #register} found. */
    enum Outcome {
        /** First use within its lifetime: now remembered until it expires. */
        ACCEPTED,
        /** Already used with this key, and that use has not expired. */
        REUSED,
        /** The registry cannot remember another nonce now; the request must be refused. */
        FULL
    }

    /**
     * Records {@code nonce} as used with {@code keyId} until {@code expiresAt} (exclusive).
     *
     * @param keyId     the API key that signed the request (nonces of different keys never clash)
     * @param nonce     the nonce, as the request sent it (case-sensitive)
     * @param expiresAt when the entry may be forgotten
     * @param now       the current time; entries with {@code expiresAt <= now} no longer count
     */
    Outcome register(String keyId, String nonce, Instant expiresAt, Instant now);
}
