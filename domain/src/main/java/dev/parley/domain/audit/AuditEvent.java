package dev.parley.domain.audit;

import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One security decision, as the audit log records it: every denial, and every privileged
 * action that succeeded. Fields are identifiers and codes only: never a token, a secret or key
 * material (the {@code details} map is for ids and counts).
 *
 * @param at         when it was decided
 * @param action     what was attempted, e.g. {@code room.create}
 * @param outcome    allowed or denied
 * @param reasonCode the deny reason's code, empty when allowed
 * @param actorTrust how much the caller was trusted
 * @param actor      who: an API key id, an identity, or {@code anonymous}
 * @param room       the room concerned, empty when none
 * @param details    further identifiers (participant identity, key id...)
 */
public record AuditEvent(
        Instant at,
        String action,
        AuditOutcome outcome,
        String reasonCode,
        TrustLevel actorTrust,
        String actor,
        String room,
        Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(actorTrust, "actorTrust");
        reasonCode = reasonCode == null ? "" : reasonCode;
        actor = actor == null || actor.isEmpty() ? "anonymous" : actor;
        room = room == null ? "" : room;
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
        if (outcome == AuditOutcome.DENIED && reasonCode.isEmpty()) {
            throw new IllegalArgumentException("a denial must carry its reason code");
        }
        if (outcome == AuditOutcome.ALLOWED && !reasonCode.isEmpty()) {
            throw new IllegalArgumentException("an allowed action carries no reason code");
        }
    }
}
