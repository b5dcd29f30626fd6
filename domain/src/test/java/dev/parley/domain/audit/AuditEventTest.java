package dev.parley.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AuditEvent: a denial always carries its reason code; absent optional fields get safe values. */
class AuditEventTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static AuditEvent event(AuditOutcome outcome, String reason, String actor, String room, Map<String, String> details) {
        return new AuditEvent(T0, "room.delete", outcome, reason, TrustLevel.SERVER, actor, room, details);
    }

    @Test
    void denialRequiresReasonCode() {
        assertThatThrownBy(() -> event(AuditOutcome.DENIED, null, "APIkey1", "r1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(AuditOutcome.DENIED, "", "APIkey1", "r1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void denialWithReasonCodeIsRecorded() {
        AuditEvent e = event(AuditOutcome.DENIED, "room_create_not_granted", "APIkey1", "r1", Map.of("identity", "alice"));

        assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(e.reasonCode()).isEqualTo("room_create_not_granted");
        assertThat(e.actor()).isEqualTo("APIkey1");
        assertThat(e.room()).isEqualTo("r1");
        assertThat(e.details()).containsExactly(Map.entry("identity", "alice"));
    }

    @Test
    void allowedEventNeedsNoReasonCode() {
        assertThat(event(AuditOutcome.ALLOWED, null, "APIkey1", "r1", Map.of()).reasonCode()).isEmpty();
        assertThat(event(AuditOutcome.ALLOWED, "", "APIkey1", "r1", Map.of()).reasonCode()).isEmpty();
    }

    @Test
    void missingActorIsAnonymous() {
        assertThat(event(AuditOutcome.ALLOWED, "", null, "", Map.of()).actor()).isEqualTo("anonymous");
        assertThat(event(AuditOutcome.ALLOWED, "", "", "", Map.of()).actor()).isEqualTo("anonymous");
    }

    @Test
    void missingRoomAndDetailsAreEmpty() {
        AuditEvent e = event(AuditOutcome.ALLOWED, "", "APIkey1", null, null);

        assertThat(e.room()).isEmpty();
        assertThat(e.details()).isEmpty();
    }

    @Test
    void detailsAreCopiedAndImmutable() {
        Map<String, String> details = new HashMap<>(Map.of("identity", "alice"));
        AuditEvent e = event(AuditOutcome.ALLOWED, "", "APIkey1", "r1", details);
        details.put("key", "secret-ish");

        assertThat(e.details()).containsExactly(Map.entry("identity", "alice"));
        assertThatThrownBy(() -> e.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void timeActionOutcomeAndTrustAreRequired() {
        assertThatThrownBy(() -> new AuditEvent(null, "a", AuditOutcome.ALLOWED, "", TrustLevel.SERVER, "x", "", Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(T0, null, AuditOutcome.ALLOWED, "", TrustLevel.SERVER, "x", "", Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(T0, "a", null, "", TrustLevel.SERVER, "x", "", Map.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(T0, "a", AuditOutcome.ALLOWED, "", null, "x", "", Map.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
