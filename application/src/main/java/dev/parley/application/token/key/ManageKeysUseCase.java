package dev.parley.application.token.key;

import java.util.List;

/**
 * In-port: the key ring's administration (what {@code parley keys create|list|rotate|revoke}
 * and a key-management API call). Secrets are generated here, shown once, and stored sealed.
 */
public interface ManageKeysUseCase {

    /** Creates an ACTIVE key with a generated id and secret (32+ random bytes). */
    NewKey create(TokenAlgorithm algorithm);

    /**
     * Imports an HS256 key with a given secret (a LiveKit {@code keys:} entry).
     *
     * @throws KeyRingException {@code key_secret_too_short} below 32 bytes outside development
     *         mode, {@code key_id_invalid}, {@code key_exists}
     */
    KeyInfo importSecret(String keyId, String secret);

    /** Imports a verify-only EdDSA key from its 32-byte public key. */
    KeyInfo importPublicKey(String keyId, byte[] ed25519PublicKey);

    /** Creates a new ACTIVE key with the same algorithm and puts {@code keyId} in VERIFY_ONLY. */
    NewKey rotate(String keyId);

    /**
     * Moves a key to another state (REVOKED is final).
     *
     * @throws KeyRingException {@code key_unknown} or {@code key_state_change_invalid}
     */
    KeyInfo changeState(String keyId, KeyState state);

    /** Every key, oldest first, without secrets. */
    List<KeyInfo> list();
}
