package dev.parley.application.token.key;

import java.time.Instant;
import java.util.Objects;

/**
 * A key of the key ring with its material unsealed: what the codec signs and verifies with.
 * Lives in memory only; persisted as a {@link dev.parley.application.token.port.StoredKey}.
 *
 * @param id        the API key id, the tokens' {@code iss}
 * @param algorithm the one algorithm this key signs and verifies with (pinned, RFC 8725 §3.1)
 * @param material  the secret or key pair
 * @param created   when the key was created
 * @param state     where the key is in its rotation
 */
public record TokenKey(String id, TokenAlgorithm algorithm, KeyMaterial material, Instant created, KeyState state) {

    public TokenKey {
        if (!KeyIds.isValid(id)) {
            throw new IllegalArgumentException("key id must be 1-64 characters of [A-Za-z0-9_-]");
        }
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(state, "state");
        if (material.algorithm() != algorithm) {
            throw new IllegalArgumentException("key material does not match the key's algorithm");
        }
    }

    /** True when this key may mint tokens: ACTIVE and holding a signing secret. */
    public boolean maySign() {
        return state.maySign() && material.canSign();
    }

    /** This key in another state. */
    public TokenKey withState(KeyState next) {
        return new TokenKey(id, algorithm, material, created, next);
    }
}
