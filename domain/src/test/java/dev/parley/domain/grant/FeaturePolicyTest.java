package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.RoomPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FeaturePolicy over every Feature x every KeyPolicy x listed/not listed in the room's allow list. */
class FeaturePolicyTest {

    /** ARCHITECTURE.md §3: server-side media features that need the plaintext (recording, transcription, payload layer switching). */
    private static final Set<Feature> NEEDS_CONTENT =
            EnumSet.of(Feature.RECORDING, Feature.TRANSCRIPTION, Feature.SUMMARIES, Feature.PAYLOAD_LAYER_SWITCHING);
    private static final Set<Feature> CONTENT_BLIND = EnumSet.of(Feature.INGRESS, Feature.CHAT, Feature.DATA_CHANNEL);
    private static final Set<KeyPolicy> END_TO_END = EnumSet.of(KeyPolicy.SERVER_MANAGED, KeyPolicy.PARTICIPANT_SUPPLIED);

    static List<Arguments> combinations() {
        List<Arguments> out = new ArrayList<>();
        for (Feature f : Feature.values()) {
            for (KeyPolicy k : KeyPolicy.values()) {
                for (boolean listed : new boolean[] {true, false}) {
                    Decision expected;
                    if (NEEDS_CONTENT.contains(f) && END_TO_END.contains(k)) {
                        expected = Decision.deny(DenyReason.FEATURE_UNAVAILABLE_UNDER_E2EE);
                    } else {
                        expected = listed ? Decision.ALLOW : Decision.deny(DenyReason.FEATURE_NOT_ALLOWED);
                    }
                    out.add(arguments(f, k, listed, expected));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} under {1}, listed={2} -> {3}")
    @MethodSource("combinations")
    void featureDecisionFollowsKeyPolicyThenAllowList(Feature feature, KeyPolicy keyPolicy, boolean listed, Decision expected) {
        Set<Feature> allowed = EnumSet.allOf(Feature.class);
        if (!listed) {
            allowed.remove(feature);
        }
        RoomPolicy policy = RoomPolicy.defaults().withKeyPolicy(keyPolicy).withAllowedFeatures(allowed);

        assertThat(FeaturePolicy.decide(policy, feature)).isEqualTo(expected);
    }

    @Test
    void everyFeatureIsClassifiedAsContentReadingOrNot() {
        Set<Feature> classified = EnumSet.copyOf(NEEDS_CONTENT);
        classified.addAll(CONTENT_BLIND);

        assertThat(classified).containsExactlyInAnyOrder(Feature.values());
        for (Feature f : Feature.values()) {
            assertThat(f.needsContent()).as(f.name()).isEqualTo(NEEDS_CONTENT.contains(f));
        }
    }

    @Test
    void contentFeatureUnderE2eeIsRefusedEvenWhenListed() {
        RoomPolicy policy = RoomPolicy.defaults().withKeyPolicy(KeyPolicy.PARTICIPANT_SUPPLIED)
                .withAllowedFeatures(EnumSet.of(Feature.RECORDING));

        assertThat(FeaturePolicy.decide(policy, Feature.RECORDING)).isEqualTo(Decision.deny(DenyReason.FEATURE_UNAVAILABLE_UNDER_E2EE));
        assertThat(DenyReason.FEATURE_UNAVAILABLE_UNDER_E2EE.code()).isEqualTo("feature_unavailable_e2ee");
    }

    @Test
    void defaultRoomAllowsOnlyChatAndData() {
        for (Feature f : Feature.values()) {
            boolean expected = f == Feature.CHAT || f == Feature.DATA_CHANNEL;
            assertThat(FeaturePolicy.decide(RoomPolicy.defaults(), f).isAllowed()).as(f.name()).isEqualTo(expected);
        }
    }
}
