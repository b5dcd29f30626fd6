package dev.parley.application.token;

import dev.parley.application.token.port.KeyMaterialGenerator;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.StoredKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.KeyIds;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.KeyRingException;
import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.key.ManageKeysUseCase;
import dev.parley.application.token.key.KeyInfo;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;

/** Implements {@link ManageKeysUseCase} over the store, the sealer and the material generator. */
public final class KeyRingService implements ManageKeysUseCase {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int GENERATED_SECRET_BYTES = 32;

    private final KeyRingStore store;
    private final SecretSealer sealer;
    private final KeyMaterialGenerator generator;
    private final Clock clock;
    private final TokenPolicy policy;

    public KeyRingService(KeyRingStore store, SecretSealer sealer, KeyMaterialGenerator generator, Clock clock, TokenPolicy policy) {
        this.store = Objects.requireNonNull(store, "store");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public NewKey create(TokenAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        for (int attempt = 0; attempt < 8; attempt++) {
            String id = "API" + base62(generator.randomBytes(12));
            if (store.find(id).isEmpty()) {
                return algorithm == TokenAlgorithm.HS256 ? createHmac(id) : createEd25519(id);
            }
        }
        throw new KeyRingException("key_exists", "could not find a free key id");
    }

    private NewKey createHmac(String id) {
        // 32 random bytes, written as 43 base64url characters: a printable API secret whose UTF-8
        // bytes (43 > 32, RFC 7518 §3.2) are the HMAC key, as every LiveKit SDK uses it.
        byte[] random = generator.randomBytes(GENERATED_SECRET_BYTES);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Arrays.fill(random, (byte) 0);
        KeyInfo info = addHmac(id, secret.getBytes(StandardCharsets.US_ASCII));
        return new NewKey(info, secret);
    }

    private NewKey createEd25519(String id) {
        Ed25519KeyPair pair = generator.newEd25519KeyPair();
        byte[] privateKey = pair.privateKey().orElseThrow(() -> new IllegalStateException("generator returned no private key"));
        SealedSecret sealed = sealer.seal(privateKey, KeyRing.sealingContext(id, TokenAlgorithm.EDDSA));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(privateKey);
        Arrays.fill(privateKey, (byte) 0);
        StoredKey stored = new StoredKey(id, TokenAlgorithm.EDDSA, pair.publicKey(), Optional.of(sealed), now(), KeyState.ACTIVE);
        add(stored);
        return new NewKey(info(stored), secret);
    }

    @Override
    public KeyInfo importSecret(String keyId, String secret) {
        requireValidId(keyId);
        Objects.requireNonNull(secret, "secret");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        try {
            return addHmac(keyId, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private KeyInfo addHmac(String id, byte[] secret) {
        if (secret.length == 0 || policy.refuses(new HmacSecret(secret))) {
            throw new KeyRingException("key_secret_too_short",
                    "an API secret must be at least " + TokenPolicy.MIN_SECRET_BYTES + " bytes outside development mode");
        }
        SealedSecret sealed = sealer.seal(secret, KeyRing.sealingContext(id, TokenAlgorithm.HS256));
        StoredKey stored = new StoredKey(id, TokenAlgorithm.HS256, null, Optional.of(sealed), now(), KeyState.ACTIVE);
        add(stored);
        return info(stored);
    }

    @Override
    public KeyInfo importPublicKey(String keyId, byte[] ed25519PublicKey) {
        requireValidId(keyId);
        if (ed25519PublicKey == null || ed25519PublicKey.length != Ed25519KeyPair.KEY_BYTES) {
            throw new KeyRingException("key_material_invalid", "an Ed25519 public key is 32 bytes");
        }
        StoredKey stored = new StoredKey(keyId, TokenAlgorithm.EDDSA, ed25519PublicKey, Optional.empty(), now(), KeyState.VERIFY_ONLY);
        add(stored);
        return info(stored);
    }

    @Override
    public NewKey rotate(String keyId) {
        StoredKey old = store.find(keyId).orElseThrow(() -> new KeyRingException("key_unknown", "no such key"));
        if (old.state() != KeyState.ACTIVE) {
            throw new KeyRingException("key_state_change_invalid", "only an ACTIVE key can be rotated");
        }
        NewKey created = create(old.algorithm());
        store.updateState(keyId, KeyState.VERIFY_ONLY);
        return created;
    }

    @Override
    public KeyInfo changeState(String keyId, KeyState state) {
        Objects.requireNonNull(state, "state");
        StoredKey old = store.find(keyId).orElseThrow(() -> new KeyRingException("key_unknown", "no such key"));
        if (!old.state().mayBecome(state)) {
            throw new KeyRingException("key_state_change_invalid", "a REVOKED key stays revoked");
        }
        if (state == KeyState.ACTIVE && old.sealedSecret().isEmpty()) {
            throw new KeyRingException("key_state_change_invalid", "a key without a signing secret cannot be ACTIVE");
        }
        if (!store.updateState(keyId, state)) {
            throw new KeyRingException("key_unknown", "no such key");
        }
        return info(old.withState(state));
    }

    @Override
    public List<KeyInfo> list() {
        return store.list().stream().map(KeyRingService::info).toList();
    }

    private void add(StoredKey stored) {
        if (!store.add(stored)) {
            throw new KeyRingException("key_exists", "a key with this id exists");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireValidId(String keyId) {
        if (!KeyIds.isValid(keyId)) {
            throw new KeyRingException("key_id_invalid", "a key id is 1-64 characters of [A-Za-z0-9_-]");
        }
    }

    private static KeyInfo info(StoredKey k) {
        byte[] pub = k.publicKey();
        String publicKey = pub.length == 0 ? "" : Base64.getUrlEncoder().withoutPadding().encodeToString(pub);
        return new KeyInfo(k.id(), k.algorithm(), publicKey, k.created(), k.state());
    }

    private static String base62(byte[] random) {
        StringBuilder sb = new StringBuilder(random.length);
        for (byte b : random) {
            sb.append(BASE62[(b & 0xff) % 62]);
        }
        return sb.toString();
    }
}
