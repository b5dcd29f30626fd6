package dev.parley.application.auth;

import dev.parley.application.token.KeyRing;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.TokenKey;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ApiSecretLookup} over the key ring: the same keys that verify access tokens verify
 * signed requests, under the same rules (a REVOKED key is dead, a VERIFY_ONLY key still verifies
 * during rotation, a secret shorter than 32 bytes is refused outside development mode). An EdDSA
 * key has no shared secret and cannot sign requests.
 */
public final class KeyRingApiSecretLookup implements ApiSecretLookup {

    private final KeyRing keyRing;
    private final TokenPolicy policy;

    public KeyRingApiSecretLookup(KeyRing keyRing, TokenPolicy policy) {
        this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Optional<HmacSecret> secretOf(String keyId) {
        Optional<TokenKey> found = keyRing.find(keyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TokenKey key = found.get();
        if (!key.state().mayVerify() || policy.refuses(key.material())) {
            return Optional.empty();
        }
        return key.material() instanceof HmacSecret secret ? Optional.of(secret) : Optional.empty();
    }
}
