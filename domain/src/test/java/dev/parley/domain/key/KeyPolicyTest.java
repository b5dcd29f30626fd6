package dev.parley.domain.key;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** KeyPolicy predicates: which policies are end-to-end, and in which Parley holds key material. */
class KeyPolicyTest {

    @Test
    void noneIsTransportEncryptionOnly() {
        assertThat(KeyPolicy.NONE.isEndToEnd()).isFalse();
        assertThat(KeyPolicy.NONE.serverHoldsKey()).isFalse();
    }

    @Test
    void serverManagedIsEndToEndWithAServerHeldKey() {
        assertThat(KeyPolicy.SERVER_MANAGED.isEndToEnd()).isTrue();
        assertThat(KeyPolicy.SERVER_MANAGED.serverHoldsKey()).isTrue();
    }

    @Test
    void participantSuppliedIsEndToEndAndTheServerNeverHoldsTheKey() {
        assertThat(KeyPolicy.PARTICIPANT_SUPPLIED.isEndToEnd()).isTrue();
        assertThat(KeyPolicy.PARTICIPANT_SUPPLIED.serverHoldsKey()).isFalse();
    }

    @Test
    void thereAreExactlyThreePolicies() {
        assertThat(KeyPolicy.values()).containsExactly(KeyPolicy.NONE, KeyPolicy.SERVER_MANAGED, KeyPolicy.PARTICIPANT_SUPPLIED);
    }
}
