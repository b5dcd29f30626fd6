package dev.parley.application.token.key;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * An HS256 secret: the API secret's bytes, used as the HMAC key as LiveKit does (RFC 2104 §2,
 * RFC 7518 §3.2). Holds a private copy; {@link #secret()} hands out another copy.
 */
public final class HmacSecret implements KeyMaterial {

    private final byte[] secret;

    public HmacSecret(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("an HMAC secret must not be empty");
        }
        this.secret = secret.clone();
    }

    /** A copy of the secret bytes. */
    public byte[] secret() {
        return secret.clone();
    }

    /** Length of the secret in bytes. */
    public int length() {
        return secret.length;
    }

    @Override
    public TokenAlgorithm algorithm() {
        return TokenAlgorithm.HS256;
    }

    @Override
    public boolean canSign() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HmacSecret other && MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "HmacSecret[" + secret.length + " bytes]";
    }
}
