package dev.parley.application.token;

import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.StoredKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.key.TokenKey;
import dev.parley.application.token.key.KeyMaterial;
import dev.parley.application.token.key.TokenAlgorithm;

/**
 * Reads keys from the {@link KeyRingStore} and unseals their material. The store is asked on
 * every look-up, so a state change (rotation, revocation) takes effect at once; the unsealed
 * material is cached per key id and reused while the sealed blob is unchanged, so the hot path
 * does not pay for AES-GCM (or an HSM round trip) on each token.
 */
public final class KeyRing {

    private final KeyRingStore store;
    private final SecretSealer sealer;
    private final ConcurrentHashMap<String, Unsealed> cache = new ConcurrentHashMap<>();

    private record Unsealed(StoredKey stored, TokenKey key) {
    }

    public KeyRing(KeyRingStore store, SecretSealer sealer) {
        this.store = Objects.requireNonNull(store, "store");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    /** The sealing context of a key's secret: binds the blob to the key id and algorithm. */
    public static String sealingContext(String keyId, TokenAlgorithm algorithm) {
        return "parley/api-key/" + keyId + "/" + algorithm.jwaName();
    }

    /** The key with this id, unsealed, in its current state (REVOKED included). */
    public Optional<TokenKey> find(String keyId) {
        Optional<StoredKey> found = store.find(keyId);
        if (found.isEmpty()) {
            cache.remove(keyId);
            return Optional.empty();
        }
        StoredKey stored = found.get();
        Unsealed cached = cache.get(keyId);
        if (cached != null) {
            if (cached.stored == stored) {
                return Optional.of(cached.key);
            }
            if (sameMaterial(cached.stored, stored)) {
                TokenKey key = cached.key.state() == stored.state() ? cached.key : cached.key.withState(stored.state());
                cache.put(keyId, new Unsealed(stored, key));
                return Optional.of(key);
            }
        }
        TokenKey key = unseal(stored);
        cache.put(keyId, new Unsealed(stored, key));
        return Optional.of(key);
    }

    /** The newest key that may sign (ACTIVE, with a signing secret), if any. */
    public Optional<TokenKey> newestSigningKey() {
        List<StoredKey> all = store.list();
        for (int i = all.size() - 1; i >= 0; i--) {
            StoredKey k = all.get(i);
            if (k.state().maySign() && k.sealedSecret().isPresent()) {
                return find(k.id()).filter(TokenKey::maySign);
            }
        }
        return Optional.empty();
    }

    private static boolean sameMaterial(StoredKey a, StoredKey b) {
        return a.algorithm() == b.algorithm() && a.created().equals(b.created())
                && java.util.Arrays.equals(a.publicKey(), b.publicKey()) && a.sealedSecret().equals(b.sealedSecret());
    }

    private TokenKey unseal(StoredKey stored) {
        String context = sealingContext(stored.id(), stored.algorithm());
        KeyMaterial material;
        if (stored.algorithm() == TokenAlgorithm.HS256) {
            byte[] secret = sealer.unseal(stored.sealedSecret().orElseThrow(), context);
            material = new HmacSecret(secret);
            java.util.Arrays.fill(secret, (byte) 0);
        } else {
            Optional<SealedSecret> sealed = stored.sealedSecret();
            byte[] privateKey = sealed.isPresent() ? sealer.unseal(sealed.get(), context) : null;
            material = new Ed25519KeyPair(stored.publicKey(), privateKey);
            if (privateKey != null) {
                java.util.Arrays.fill(privateKey, (byte) 0);
            }
        }
        return new TokenKey(stored.id(), stored.algorithm(), material, stored.created(), stored.state());
    }
}
