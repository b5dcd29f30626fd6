package dev.parley.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.key.KeyPolicy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** RoomPolicy: LiveKit's defaults and the bounds of every setting. */
class RoomPolicyTest {

    private static final RoomPolicy D = RoomPolicy.defaults();

    private static void assertPolicyInvalid(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("room_policy_invalid"));
    }

    @Test
    void defaultsAreLiveKits() {
        assertThat(D.maxParticipants()).isZero();
        assertThat(D.emptyTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(D.departureTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(D.keyPolicy()).isEqualTo(KeyPolicy.NONE);
        assertThat(D.allowedFeatures()).containsExactlyInAnyOrder(Feature.CHAT, Feature.DATA_CHANNEL);
        assertThat(D.duplicateIdentity()).isEqualTo(DuplicateIdentityPolicy.REPLACE_EXISTING);
    }

    @Test
    void maxParticipantsBounds() {
        assertThat(D.withMaxParticipants(0).maxParticipants()).isZero();
        assertThat(D.withMaxParticipants(1).maxParticipants()).isEqualTo(1);
        assertThat(D.withMaxParticipants(100_000).maxParticipants()).isEqualTo(100_000);
        assertPolicyInvalid(() -> D.withMaxParticipants(-1));
        assertPolicyInvalid(() -> D.withMaxParticipants(100_001));
        assertPolicyInvalid(() -> D.withMaxParticipants(Integer.MIN_VALUE));
    }

    @Test
    void timeoutBounds() {
        Duration max = Duration.ofDays(7);
        assertThat(D.withTimeouts(Duration.ZERO, Duration.ZERO).emptyTimeout()).isZero();
        assertThat(D.withTimeouts(max, max).departureTimeout()).isEqualTo(max);
        assertPolicyInvalid(() -> D.withTimeouts(Duration.ofNanos(-1), Duration.ZERO));
        assertPolicyInvalid(() -> D.withTimeouts(Duration.ZERO, Duration.ofNanos(-1)));
        assertPolicyInvalid(() -> D.withTimeouts(max.plusNanos(1), Duration.ZERO));
        assertPolicyInvalid(() -> D.withTimeouts(Duration.ZERO, max.plusNanos(1)));
        assertPolicyInvalid(() -> D.withTimeouts(null, Duration.ZERO));
        assertPolicyInvalid(() -> D.withTimeouts(Duration.ZERO, null));
    }

    @Test
    void keyPolicyAndDuplicateRuleAreRequired() {
        assertThatThrownBy(() -> D.withKeyPolicy(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> D.withDuplicateIdentity(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void allowedFeaturesAreCopiedAndImmutable() {
        Set<Feature> features = new HashSet<>(Set.of(Feature.RECORDING));
        RoomPolicy p = D.withAllowedFeatures(features);
        features.add(Feature.INGRESS);

        assertThat(p.allowedFeatures()).containsExactly(Feature.RECORDING);
        assertThatThrownBy(() -> p.allowedFeatures().add(Feature.CHAT)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(D.withAllowedFeatures(null).allowedFeatures()).isEmpty();
        assertThat(D.withAllowedFeatures(Set.of()).allowedFeatures()).isEmpty();
    }

    @Test
    void withersChangeOneSettingEach() {
        assertThat(D.withKeyPolicy(KeyPolicy.SERVER_MANAGED))
                .isEqualTo(new RoomPolicy(0, D.emptyTimeout(), D.departureTimeout(), KeyPolicy.SERVER_MANAGED, D.allowedFeatures(), D.duplicateIdentity()));
        assertThat(D.withMaxParticipants(7))
                .isEqualTo(new RoomPolicy(7, D.emptyTimeout(), D.departureTimeout(), D.keyPolicy(), D.allowedFeatures(), D.duplicateIdentity()));
        assertThat(D.withAllowedFeatures(EnumSet.of(Feature.INGRESS)))
                .isEqualTo(new RoomPolicy(0, D.emptyTimeout(), D.departureTimeout(), D.keyPolicy(), Set.of(Feature.INGRESS), D.duplicateIdentity()));
        assertThat(D.withDuplicateIdentity(DuplicateIdentityPolicy.REFUSE_NEWCOMER))
                .isEqualTo(new RoomPolicy(0, D.emptyTimeout(), D.departureTimeout(), D.keyPolicy(), D.allowedFeatures(), DuplicateIdentityPolicy.REFUSE_NEWCOMER));
        assertThat(D.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isEqualTo(new RoomPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2), D.keyPolicy(), D.allowedFeatures(), D.duplicateIdentity()));
    }
}
