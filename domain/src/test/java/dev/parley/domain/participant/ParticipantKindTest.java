package dev.parley.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** ParticipantKind claim values are LiveKit's kind claim (standard|ingress|egress|sip|agent|connector|bridge). */
class ParticipantKindTest {

    @Test
    void claimValuesAreLiveKits() {
        assertThat(Arrays.stream(ParticipantKind.values()).map(ParticipantKind::claimValue))
                .containsExactly("standard", "ingress", "egress", "sip", "agent", "connector", "bridge");
    }

    @Test
    void fromClaimParsesEveryClaimValueCaseInsensitively() {
        for (ParticipantKind k : ParticipantKind.values()) {
            assertThat(ParticipantKind.fromClaim(k.claimValue())).contains(k);
            assertThat(ParticipantKind.fromClaim(k.name())).contains(k);
        }
        assertThat(ParticipantKind.fromClaim("Agent")).contains(ParticipantKind.AGENT);
    }

    @Test
    void absentKindClaimIsStandard() {
        assertThat(ParticipantKind.fromClaim(null)).contains(ParticipantKind.STANDARD);
        assertThat(ParticipantKind.fromClaim("")).contains(ParticipantKind.STANDARD);
    }

    @Test
    void unknownKindClaimIsRefused() {
        assertThat(ParticipantKind.fromClaim("admin")).isEmpty();
        assertThat(ParticipantKind.fromClaim("recorder")).isEmpty();
        assertThat(ParticipantKind.fromClaim(" standard")).isEmpty();
        assertThat(ParticipantKind.fromClaim("0")).isEmpty();
    }
}
