package dev.parley.application.token.admin;

import dev.parley.application.Caller;
import dev.parley.application.token.key.KeyInfo;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import java.util.List;

/**
 * Key-ring administration through the server API: only a caller that proved possession of an
 * API secret (a signed request: trust SERVER, no token grant) may list, create, rotate or revoke
 * keys; every call is audited. A new secret is returned once, here, and never again.
 */
public interface AdministerKeysUseCase {

    /** Every key, without secrets. */
    List<KeyInfo> listKeys(Caller caller);

    /** A new ACTIVE key and its secret. */
    NewKey createKey(Caller caller, TokenAlgorithm algorithm);

    /** A successor of {@code keyId} (same algorithm); the old key becomes verify-only. */
    NewKey rotateKey(Caller caller, String keyId);

    /** Revokes {@code keyId}: tokens it signed stop verifying at once. */
    KeyInfo revokeKey(Caller caller, String keyId);
}
