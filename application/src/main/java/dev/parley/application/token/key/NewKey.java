package dev.parley.application.token.key;

import java.util.Objects;

/**
 * A key just created, with its secret: the only time the secret is ever shown. For HS256 the
 * secret is the API secret string (its UTF-8 bytes are the HMAC key, as in every LiveKit SDK);
 * for EdDSA it is the base64url private key (RFC 8037 {@code d}).
 *
 * @param key    the key's public description
 * @param secret the secret, to hand to the operator once
 */
public record NewKey(KeyInfo key, String secret) {

    public NewKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "NewKey[" + key + ", secret=<redacted>]";
    }
}
