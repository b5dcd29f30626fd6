package dev.parley.application.token.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.port.StoredKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.KeyRing;

/** Key management rules of {@link KeyRingService} and the unsealing cache of {@link KeyRing}. */
class KeyRingServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final KeyRingService keys = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(3), clock, TokenPolicy.defaults());
    private final KeyRing ring = new KeyRing(store, sealer);

    private static void assertCode(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(KeyRingException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aCreatedHmacKeyHasAPrintableSecretOfAtLeast32BytesShownOnce() {
        NewKey k = keys.create(TokenAlgorithm.HS256);
        assertThat(k.key().id()).startsWith("API").hasSize(15);
        assertThat(k.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(k.toString()).doesNotContain(k.secret());
        assertThat(keys.list()).singleElement().satisfies(info -> assertThat(info.toString()).doesNotContain(k.secret()));
        HmacSecret material = (HmacSecret) ring.find(k.key().id()).orElseThrow().material();
        assertThat(material.secret()).isEqualTo(k.secret().getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theStoreHoldsOnlySealedSecrets() {
        NewKey k = keys.create(TokenAlgorithm.HS256);
        StoredKey stored = store.find(k.key().id()).orElseThrow();
        assertThat(new String(stored.sealedSecret().orElseThrow().blob(), StandardCharsets.ISO_8859_1)).doesNotContain(k.secret());
    }

    @Test
    void aCreatedEd25519KeyPublishesItsPublicKeyAndShowsItsPrivateKeyOnce() {
        NewKey k = keys.create(TokenAlgorithm.EDDSA);
        Ed25519KeyPair pair = (Ed25519KeyPair) ring.find(k.key().id()).orElseThrow().material();
        assertThat(Base64.getUrlDecoder().decode(k.key().publicKey())).isEqualTo(pair.publicKey());
        assertThat(Base64.getUrlDecoder().decode(k.secret())).isEqualTo(pair.privateKey().orElseThrow());
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedOutsideDevelopmentMode() {
        assertCode(() -> keys.importSecret("APIshort", "secret"), "key_secret_too_short");
        assertCode(() -> keys.importSecret("APIshort", "x".repeat(31)), "key_secret_too_short");
        assertThat(keys.importSecret("APIok", "x".repeat(32)).state()).isEqualTo(KeyState.ACTIVE);
    }

    @Test
    void aShortSecretIsAcceptedInDevelopmentMode() {
        KeyRingService dev = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(4), clock,
                TokenPolicy.defaults().withDevelopmentMode(true));
        assertThat(dev.importSecret("devkey", "secret").id()).isEqualTo("devkey");
    }

    @Test
    void aMalformedOrTakenIdIsRefused() {
        assertCode(() -> keys.importSecret("bad id", "x".repeat(40)), "key_id_invalid");
        assertCode(() -> keys.importSecret("", "x".repeat(40)), "key_id_invalid");
        keys.importSecret("APIone", "x".repeat(40));
        assertCode(() -> keys.importSecret("APIone", "y".repeat(40)), "key_exists");
    }

    @Test
    void rotationCreatesAnActiveKeyAndLeavesTheOldOneVerifyOnly() {
        NewKey old = keys.create(TokenAlgorithm.HS256);
        NewKey fresh = keys.rotate(old.key().id());
        assertThat(ring.find(old.key().id()).orElseThrow().state()).isEqualTo(KeyState.VERIFY_ONLY);
        assertThat(ring.find(fresh.key().id()).orElseThrow().state()).isEqualTo(KeyState.ACTIVE);
        assertThat(fresh.key().algorithm()).isEqualTo(TokenAlgorithm.HS256);
    }

    @Test
    void aRevokedKeyStaysRevoked() {
        NewKey k = keys.create(TokenAlgorithm.HS256);
        keys.changeState(k.key().id(), KeyState.REVOKED);
        assertCode(() -> keys.changeState(k.key().id(), KeyState.ACTIVE), "key_state_change_invalid");
        assertCode(() -> keys.rotate(k.key().id()), "key_state_change_invalid");
    }

    @Test
    void aPublicOnlyKeyCannotBecomeActive() {
        keys.importPublicKey("APIpub", new byte[32]);
        assertCode(() -> keys.changeState("APIpub", KeyState.ACTIVE), "key_state_change_invalid");
        assertCode(() -> keys.importPublicKey("APIpub2", new byte[31]), "key_material_invalid");
    }

    @Test
    void anUnknownKeyIsReported() {
        assertCode(() -> keys.changeState("APInone", KeyState.REVOKED), "key_unknown");
    }

    @Test
    void theKeyRingSeesStateChangesAtOnceWithoutUnsealingAgain() {
        NewKey k = keys.create(TokenAlgorithm.HS256);
        ring.find(k.key().id());
        long unseals = sealer.unsealCount();
        keys.changeState(k.key().id(), KeyState.VERIFY_ONLY);
        assertThat(ring.find(k.key().id()).orElseThrow().state()).isEqualTo(KeyState.VERIFY_ONLY);
        keys.changeState(k.key().id(), KeyState.REVOKED);
        assertThat(ring.find(k.key().id()).orElseThrow().state()).isEqualTo(KeyState.REVOKED);
        assertThat(sealer.unsealCount()).isEqualTo(unseals);
    }

    @Test
    void keyMaterialNeverPrintsItsBytes() {
        HmacSecret s = new HmacSecret("super-secret-value-of-32-bytes!!".getBytes(StandardCharsets.UTF_8));
        assertThat(s.toString()).doesNotContain("super").contains("32 bytes");
        assertThat(new Ed25519KeyPair(new byte[32], new byte[32]).toString()).doesNotContain("0, 0");
    }
}
