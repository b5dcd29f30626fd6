package dev.parley.application.token.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.StoredKey;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link KeyRingStore}. A persistence adapter extends this class and returns a
 * fresh, empty store from {@link #newStore()}.
 */
public abstract class KeyRingStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A new, empty store. */
    protected abstract KeyRingStore newStore();

    private KeyRingStore store;

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    static StoredKey hmacKey(String id, Instant created) {
        return new StoredKey(id, TokenAlgorithm.HS256, null, Optional.of(new SealedSecret(new byte[] {1, 2, 3, (byte) id.length()})),
                created, KeyState.ACTIVE);
    }

    static StoredKey edKey(String id, Instant created, boolean withPrivate) {
        byte[] pub = new byte[32];
        pub[0] = 7;
        return new StoredKey(id, TokenAlgorithm.EDDSA, pub,
                withPrivate ? Optional.of(new SealedSecret(new byte[] {9, 9})) : Optional.empty(), created, KeyState.VERIFY_ONLY);
    }

    @Test
    void anAddedKeyIsFoundWithEveryFieldIntact() {
        StoredKey hmac = hmacKey("APIone", T0);
        StoredKey ed = edKey("APItwo", T0.plusSeconds(1), true);
        StoredKey edPublic = edKey("APIthree", T0.plusSeconds(2), false);

        assertThat(store.add(hmac)).isTrue();
        assertThat(store.add(ed)).isTrue();
        assertThat(store.add(edPublic)).isTrue();

        assertThat(store.find("APIone")).contains(hmac);
        assertThat(store.find("APItwo")).contains(ed);
        assertThat(store.find("APIthree")).contains(edPublic);
    }

    @Test
    void anUnknownIdIsNotFound() {
        store.add(hmacKey("APIone", T0));
        assertThat(store.find("APIother")).isEmpty();
        assertThat(store.find("apione")).as("ids are case-sensitive").isEmpty();
    }

    @Test
    void aTakenIdCannotBeAddedTwiceAndTheFirstKeyStays() {
        StoredKey first = hmacKey("APIone", T0);
        store.add(first);

        assertThat(store.add(edKey("APIone", T0.plusSeconds(5), true))).isFalse();
        assertThat(store.find("APIone")).contains(first);
    }

    @Test
    void listIsOrderedOldestFirstThenById() {
        store.add(hmacKey("APIc", T0.plusSeconds(10)));
        store.add(hmacKey("APIb", T0));
        store.add(hmacKey("APIa", T0));

        assertThat(store.list()).extracting(StoredKey::id).containsExactly("APIa", "APIb", "APIc");
    }

    @Test
    void updateStateChangesOnlyTheState() {
        StoredKey k = hmacKey("APIone", T0);
        store.add(k);

        assertThat(store.updateState("APIone", KeyState.VERIFY_ONLY)).isTrue();
        assertThat(store.find("APIone")).contains(k.withState(KeyState.VERIFY_ONLY));
        assertThat(store.updateState("APIone", KeyState.REVOKED)).isTrue();
        assertThat(store.find("APIone").orElseThrow().state()).isEqualTo(KeyState.REVOKED);
    }

    @Test
    void updateStateOfAnUnknownKeyReportsFalseAndAddsNothing() {
        assertThat(store.updateState("APInone", KeyState.REVOKED)).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void anEmptyStoreListsNothing() {
        assertThat(store.list()).isEmpty();
    }
}
