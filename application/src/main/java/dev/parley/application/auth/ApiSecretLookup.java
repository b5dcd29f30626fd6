package dev.parley.application.auth;

import dev.parley.application.token.key.HmacSecret;
import java.util.Optional;

/**
 * Out-port: the HMAC secret of an API key that may authenticate signed requests. The token
 * package's {@link dev.parley.application.token.KeyRing} holds the keys but answers with whole
 * token keys (Ed25519 pairs, revoked keys, weak secrets included); this port narrows that to the
 * one question signed requests ask. {@link KeyRingApiSecretLookup} implements it over the key ring.
 */
@FunctionalInterface
public interface ApiSecretLookup {

    /**
     * The secret of {@code keyId} when that key exists, is not revoked, is an HS256 key and its
     * secret is acceptable under the token policy; empty otherwise. {@code keyId} is well-formed.
     */
    Optional<HmacSecret> secretOf(String keyId);
}
