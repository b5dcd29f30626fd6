package dev.parley.application.token.key;

import java.time.Instant;
import java.util.Objects;

/**
 * What may be shown about a key: never its secret.
 *
 * @param id        the API key id
 * @param algorithm HS256 or EdDSA
 * @param publicKey the Ed25519 public key, base64url (RFC 8037 {@code x}); empty for HS256
 * @param created   creation time
 * @param state     rotation state
 */
public record KeyInfo(String id, TokenAlgorithm algorithm, String publicKey, Instant created, KeyState state) {

    public KeyInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(state, "state");
        publicKey = publicKey == null ? "" : publicKey;
    }
}
