package dev.parley.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TrustLevel.satisfies: SERVER > PARTICIPANT > ANONYMOUS; a level satisfies itself and every lower one. */
class TrustLevelTest {

    @Test
    void serverSatisfiesEveryLevel() {
        assertThat(TrustLevel.SERVER.satisfies(TrustLevel.SERVER)).isTrue();
        assertThat(TrustLevel.SERVER.satisfies(TrustLevel.PARTICIPANT)).isTrue();
        assertThat(TrustLevel.SERVER.satisfies(TrustLevel.ANONYMOUS)).isTrue();
    }

    @Test
    void participantSatisfiesParticipantAndAnonymousOnly() {
        assertThat(TrustLevel.PARTICIPANT.satisfies(TrustLevel.SERVER)).isFalse();
        assertThat(TrustLevel.PARTICIPANT.satisfies(TrustLevel.PARTICIPANT)).isTrue();
        assertThat(TrustLevel.PARTICIPANT.satisfies(TrustLevel.ANONYMOUS)).isTrue();
    }

    @Test
    void anonymousSatisfiesOnlyAnonymous() {
        assertThat(TrustLevel.ANONYMOUS.satisfies(TrustLevel.SERVER)).isFalse();
        assertThat(TrustLevel.ANONYMOUS.satisfies(TrustLevel.PARTICIPANT)).isFalse();
        assertThat(TrustLevel.ANONYMOUS.satisfies(TrustLevel.ANONYMOUS)).isTrue();
    }

    @Test
    void thereAreExactlyThreeLevels() {
        assertThat(TrustLevel.values()).containsExactly(TrustLevel.SERVER, TrustLevel.PARTICIPANT, TrustLevel.ANONYMOUS);
    }
}
