package dev.parley.adapter.nats.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The revocation list stays bounded: an entry lives as long as the credential it revokes (plus clock skew). */
class AccountRevocationsTest {

    private final AccountRevocations list = new AccountRevocations();

    @Test
    void revocationCoversTheCredentialsIssueSecond() {
        list.add(new IssuedCredential("UA", 1000, 2000), 990);
        assertThat(list.snapshot(995).revocations()).containsEntry("UA", 1000L);
        list.add(new IssuedCredential("UB", 1000, 2000), 1500);
        assertThat(list.snapshot(1500).revocations()).containsEntry("UB", 1500L);
    }

    @Test
    void revocationIsPrunedOnlyAfterTheCredentialExpiredAndTheSkewMarginPassed() {
        list.add(new IssuedCredential("UA", 1000, 2000), 1500);
        long margin = AccountRevocations.SKEW_MARGIN_SECONDS;
        assertThat(list.snapshot(2000).revocations()).containsKey("UA");
        assertThat(list.snapshot(2000 + margin).revocations()).containsKey("UA");
        assertThat(list.snapshot(2001 + margin).revocations()).doesNotContainKey("UA");
        assertThat(list.size()).isZero();
    }

    @Test
    void everyChangeBumpsTheVersion() {
        long v1 = list.add(new IssuedCredential("UA", 1, 100), 1);
        long v2 = list.add(new IssuedCredential("UB", 1, 100), 1);
        assertThat(v2).isGreaterThan(v1);
        assertThat(list.snapshot(1).version()).isEqualTo(v2);
    }

    @Test
    void revocationsOfOtherNodesAreAdoptedForTheMaximumCredentialLifetime() {
        assertThat(list.adopt(Map.of("UX", 1000L), 3600)).isTrue();
        assertThat(list.adopt(Map.of("UX", 1000L), 3600)).as("nothing new").isFalse();
        assertThat(list.snapshot(1000 + 3600 + AccountRevocations.SKEW_MARGIN_SECONDS).revocations()).containsKey("UX");
        assertThat(list.snapshot(1001 + 3600 + AccountRevocations.SKEW_MARGIN_SECONDS).revocations()).isEmpty();
    }
}
