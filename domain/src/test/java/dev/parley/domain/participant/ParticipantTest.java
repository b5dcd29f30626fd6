package dev.parley.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.Limits;
import dev.parley.domain.grant.VideoGrant;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Participant's name, metadata and attribute limits (LiveKit's: name 256, metadata 512 KiB, attributes 64 KiB). */
class ParticipantTest {

    private static final Instant T0 = Participants.T0;

    private static Participant with(String name, String metadata, Map<String, String> attributes) {
        return new Participant(Identity.of("alice"), "PA_1", name, metadata, attributes, ParticipantKind.STANDARD,
                VideoGrant.join("r1"), T0);
    }

    private static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void limitsFollowLiveKit() {
        assertThat(Limits.MAX_IDENTITY_LENGTH).isEqualTo(256);
        assertThat(Limits.MAX_NAME_LENGTH).isEqualTo(256);
        assertThat(Limits.MAX_PARTICIPANT_METADATA_BYTES).isEqualTo(512 * 1024);
        assertThat(Limits.MAX_ATTRIBUTES_BYTES).isEqualTo(64 * 1024);
    }

    @Test
    void nameOf256CodePointsIsAcceptedAnd257Refused() {
        assertThat(with("n".repeat(256), "", Map.of()).name()).hasSize(256);
        assertThat(with("\ud83d\ude00".repeat(256), "", Map.of()).name()).hasSize(512);
        assertViolation(() -> with("n".repeat(257), "", Map.of()), "participant_name_invalid");
        assertViolation(() -> with("\ud83d\ude00".repeat(257), "", Map.of()), "participant_name_invalid");
    }

    @Test
    void nameWithControlCharactersIsRefused() {
        for (String bad : new String[] {"a\u0000", "a\nb", "a\u0085", "a\u2028", "\u007f"}) {
            assertViolation(() -> with(bad, "", Map.of()), "participant_name_invalid");
        }
    }

    @Test
    void absentNameMetadataAndAttributesAreEmpty() {
        Participant p = with(null, null, null);

        assertThat(p.name()).isEmpty();
        assertThat(p.metadata()).isEmpty();
        assertThat(p.attributes()).isEmpty();
    }

    @Test
    void metadataOf512KibIsAcceptedAndOneByteMoreRefused() {
        assertThat(with("", "m".repeat(512 * 1024), Map.of()).metadata()).hasSize(512 * 1024);
        assertViolation(() -> with("", "m".repeat(512 * 1024 + 1), Map.of()), "participant_metadata_too_large");
    }

    @Test
    void metadataIsMeasuredInUtf8Bytes() {
        String euro = "\u20ac"; // 3 bytes
        int n = 512 * 1024 / 3; // 174762 euros = 524286 bytes

        assertThat(with("", euro.repeat(n) + "ab", Map.of()).metadata()).hasSize(n + 2);
        assertViolation(() -> with("", euro.repeat(n + 1), Map.of()), "participant_metadata_too_large");
    }

    @Test
    void attributesOf64KibIsAcceptedAndOneByteMoreRefused() {
        Map<String, String> exactly = Map.of("k", "v".repeat(64 * 1024 - 1));
        Map<String, String> over = Map.of("k", "v".repeat(64 * 1024));

        assertThat(with("", "", exactly).attributes()).isEqualTo(exactly);
        assertViolation(() -> with("", "", over), "participant_attributes_too_large");
    }

    @Test
    void attributesCountKeysAndValuesInUtf8Bytes() {
        Map<String, String> attrs = new HashMap<>();
        attrs.put("\u00e9".repeat(8 * 1024), "x".repeat(16 * 1024)); // 16 KiB + 16 KiB
        attrs.put("y", "\u20ac".repeat(10922)); // 1 + 32766 bytes: 65535 in all

        assertThat(with("", "", attrs).attributes()).hasSize(2);
        attrs.put("zz", "");
        assertViolation(() -> with("", "", attrs), "participant_attributes_too_large");
    }

    @Test
    void emptyAttributeNameIsRefused() {
        assertViolation(() -> with("", "", Map.of("", "v")), "participant_attributes_invalid");
    }

    @Test
    void attributesAreCopiedAndImmutable() {
        Map<String, String> attrs = new HashMap<>(Map.of("a", "1"));
        Participant p = with("", "", attrs);
        attrs.put("b", "2");

        assertThat(p.attributes()).containsExactly(Map.entry("a", "1"));
        assertThatThrownBy(() -> p.attributes().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void hiddenFollowsTheGrant() {
        Participant p = with("", "", Map.of());

        assertThat(p.isHidden()).isFalse();
        assertThat(p.withGrants(p.grants().toBuilder().hidden(true).build()).isHidden()).isTrue();
    }

    @Test
    void withProfileChangesOnlyWhatIsGiven() {
        Participant p = with("Alice", "m", Map.of("a", "1"));

        assertThat(p.withProfile(null, null, null)).isEqualTo(p);
        Participant renamed = p.withProfile("Alicia", null, null);
        assertThat(renamed.name()).isEqualTo("Alicia");
        assertThat(renamed.metadata()).isEqualTo("m");
        assertThat(renamed.attributes()).isEqualTo(Map.of("a", "1"));
        assertThat(p.withProfile(null, "", Map.of()).metadata()).isEmpty();
        assertThat(p.withProfile(null, "", Map.of()).attributes()).isEmpty();
    }

    @Test
    void withProfileEnforcesTheLimits() {
        Participant p = with("Alice", "", Map.of());

        assertViolation(() -> p.withProfile("n".repeat(257), null, null), "participant_name_invalid");
        assertViolation(() -> p.withProfile(null, "m".repeat(512 * 1024 + 1), null), "participant_metadata_too_large");
        assertViolation(() -> p.withProfile(null, null, Map.of("", "")), "participant_attributes_invalid");
    }

    @Test
    void identitySidKindGrantsAndJoinTimeAreRequired() {
        assertThatThrownBy(() -> new Participant(null, "PA", "", "", Map.of(), ParticipantKind.STANDARD, VideoGrant.none(), T0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Participant(Identity.of("a"), null, "", "", Map.of(), ParticipantKind.STANDARD, VideoGrant.none(), T0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Participant(Identity.of("a"), "PA", "", "", Map.of(), null, VideoGrant.none(), T0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Participant(Identity.of("a"), "PA", "", "", Map.of(), ParticipantKind.STANDARD, null, T0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Participant(Identity.of("a"), "PA", "", "", Map.of(), ParticipantKind.STANDARD, VideoGrant.none(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
