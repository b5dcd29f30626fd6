package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Decision and DenyReason: an Allow, or a Deny that always carries a stable reason code. */
class DecisionTest {

    @Test
    void allowIsAllowed() {
        assertThat(Decision.ALLOW.isAllowed()).isTrue();
        assertThat(Decision.ALLOW).isEqualTo(new Decision.Allow());
    }

    @Test
    void denyIsNotAllowedAndCarriesItsReason() {
        Decision d = Decision.deny(DenyReason.ROOM_FULL);

        assertThat(d.isAllowed()).isFalse();
        assertThat(d).isEqualTo(new Decision.Deny(DenyReason.ROOM_FULL)).isNotEqualTo(Decision.deny(DenyReason.ROOM_ENDED));
    }

    @Test
    void denyRequiresAReason() {
        assertThatThrownBy(() -> Decision.deny(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Decision.Deny(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void denyReasonCodesAreUniqueSnakeCase() {
        Pattern snake = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

        assertThat(Arrays.stream(DenyReason.values()).map(DenyReason::code)).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches(snake));
        assertThat(Arrays.stream(DenyReason.values()).map(DenyReason::message)).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void publishedDenyReasonCodesNeverChange() {
        assertThat(DenyReason.ROOM_JOIN_NOT_GRANTED.code()).isEqualTo("room_join_not_granted");
        assertThat(DenyReason.GRANT_ROOM_MISSING.code()).isEqualTo("grant_room_missing");
        assertThat(DenyReason.GRANT_ROOM_MISMATCH.code()).isEqualTo("grant_room_mismatch");
        assertThat(DenyReason.PUBLISH_SOURCE_NOT_GRANTED.code()).isEqualTo("publish_source_not_granted");
        assertThat(DenyReason.ROOM_ENDED.code()).isEqualTo("room_ended");
        assertThat(DenyReason.ROOM_FULL.code()).isEqualTo("room_full");
        assertThat(DenyReason.IDENTITY_ALREADY_PRESENT.code()).isEqualTo("identity_already_present");
        assertThat(DenyReason.PARTICIPANT_BANNED.code()).isEqualTo("participant_banned");
        assertThat(DenyReason.TRUST_LEVEL_INSUFFICIENT.code()).isEqualTo("trust_level_insufficient");
        assertThat(DenyReason.FEATURE_NOT_ALLOWED.code()).isEqualTo("feature_not_allowed");
    }
}
