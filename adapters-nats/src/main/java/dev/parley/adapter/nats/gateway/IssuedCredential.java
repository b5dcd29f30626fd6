package dev.parley.adapter.nats.gateway;

import java.util.Objects;

/**
 * A participant credential Parley signed and may have to revoke.
 *
 * @param userPublicKey the NATS user public key (the credential id)
 * @param issuedAt      the user JWT's {@code iat}, epoch seconds
 * @param expiresAt     the user JWT's {@code exp}, epoch seconds
 */
record IssuedCredential(String userPublicKey, long issuedAt, long expiresAt) {
    IssuedCredential {
        Objects.requireNonNull(userPublicKey, "userPublicKey");
    }

    boolean expiredAt(long nowSeconds) {
        return expiresAt <= nowSeconds;
    }
}
