package dev.parley.application.token.port;

import dev.parley.application.token.key.KeyIds;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A key as the {@link KeyRingStore} keeps it: everything in the clear except the secret, which
 * is sealed (the HMAC secret, or the Ed25519 private key).
 *
 * @param id           the API key id
 * @param algorithm    HS256 or EdDSA
 * @param publicKey    the 32-byte Ed25519 public key; empty for HS256
 * @param sealedSecret the sealed HMAC secret or Ed25519 private key; empty only for a verify-only Ed25519 key
 * @param created      creation time
 * @param state        ACTIVE, VERIFY_ONLY or REVOKED
 */
public record StoredKey(String id, TokenAlgorithm algorithm, byte[] publicKey, Optional<SealedSecret> sealedSecret,
                        Instant created, KeyState state) {

    public StoredKey {
        if (!KeyIds.isValid(id)) {
            throw new IllegalArgumentException("key id must be 1-64 characters of [A-Za-z0-9_-]");
        }
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(state, "state");
        publicKey = publicKey == null ? new byte[0] : publicKey.clone();
        if (algorithm == TokenAlgorithm.HS256 && (sealedSecret.isEmpty() || publicKey.length != 0)) {
            throw new IllegalArgumentException("an HS256 key has a sealed secret and no public key");
        }
        if (algorithm == TokenAlgorithm.EDDSA && publicKey.length != 32) {
            throw new IllegalArgumentException("an EdDSA key has a 32-byte public key");
        }
    }

    /** A copy of the public key bytes. */
    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** This key in another state. */
    public StoredKey withState(KeyState next) {
        return new StoredKey(id, algorithm, publicKey, sealedSecret, created, next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredKey k && id.equals(k.id) && algorithm == k.algorithm
                && Arrays.equals(publicKey, k.publicKey) && sealedSecret.equals(k.sealedSecret)
                && created.equals(k.created) && state == k.state;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, algorithm, Arrays.hashCode(publicKey), sealedSecret, created, state);
    }

    @Override
    public String toString() {
        return "StoredKey[" + id + ", " + algorithm + ", " + state + ", created " + created + "]";
    }
}
