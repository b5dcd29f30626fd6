package dev.parley.adapter.crypto.jwt;

import dev.parley.adapter.crypto.keys.SecureKeyMaterialGenerator;
import dev.parley.adapter.crypto.seal.AesGcmSecretSealer;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.key.TokenKey;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * The real token services around the real codec and sealer, with the in-memory store and
 * revocation list of the application's test-jar and a settable clock.
 */
final class TokenTestBed {

    final MutableClock clock;
    final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    final AesGcmSecretSealer sealer;
    final KeyRing keyRing;
    final JacksonJwtCodec codec = new JacksonJwtCodec();
    final InMemoryRevocationList revocations = new InMemoryRevocationList();
    final KeyRingService keys;
    final KeyRingService devKeys;
    final TokenVerificationService verifier;
    final TokenMintingService minter;

    TokenTestBed(Instant now, TokenPolicy policy) {
        clock = new MutableClock(now);
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        sealer = AesGcmSecretSealer.withMasterKey(master);
        keyRing = new KeyRing(store, sealer);
        keys = new KeyRingService(store, sealer, new SecureKeyMaterialGenerator(), clock, policy);
        devKeys = new KeyRingService(store, sealer, new SecureKeyMaterialGenerator(), clock, policy.withDevelopmentMode(true));
        verifier = new TokenVerificationService(codec, keyRing, revocations, clock, policy);
        minter = new TokenMintingService(codec, keyRing, clock, policy);
    }

    /** A bed whose clock reads the real time (whole seconds): for tokens minted by other libraries. */
    static TokenTestBed realTime() {
        return new TokenTestBed(Instant.ofEpochSecond(Instant.now().getEpochSecond()), TokenPolicy.defaults());
    }

    TokenKey key(String id) {
        return keyRing.find(id).orElseThrow();
    }
}
