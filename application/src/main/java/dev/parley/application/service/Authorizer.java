package dev.parley.application.service;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.out.AuditLog;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.Action;
import dev.parley.domain.grant.Decision;
import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.trust.TrustLevel;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the domain's {@link AccessPolicy} to a caller and writes the audit trail: every denial
 * and every allowed privileged action becomes an {@link AuditEvent}. A caller that signed its
 * request with an API secret (no grant) may do everything.
 */
public final class Authorizer {

    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    public Authorizer(AccessPolicy policy, AuditLog audit, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The decision for {@code caller} doing {@code action}, without side effects. */
    public Decision decide(Caller caller, Action action) {
        return caller.grant().map(g -> policy.decide(g, action)).orElse(Decision.ALLOW);
    }

    /**
     * Throws a DENIED {@link UseCaseException} (and audits it) unless {@code caller} may do
     * {@code action}; when allowed, audits it as a privileged action named {@code auditAction}.
     */
    public void requirePrivileged(Caller caller, Action action, String auditAction, String room, Map<String, String> details) {
        require(caller, action, auditAction, room, details);
        recordAllowed(caller, auditAction, room, details);
    }

    /** Like {@link #requirePrivileged} but audits only a denial (for reads and routine participant actions). */
    public void require(Caller caller, Action action, String auditAction, String room, Map<String, String> details) {
        if (decide(caller, action) instanceof Decision.Deny deny) {
            recordDenial(caller, auditAction, deny.reason().code(), room, details);
            throw UseCaseException.denied(deny.reason());
        }
    }

    /**
     * Throws a DENIED {@code trust_level_insufficient} (and audits it) unless the caller proved
     * possession of an API secret itself (a signed request): a token, whatever it grants, is not
     * enough for key administration or audit verification.
     */
    public void requireApiSecretHolder(Caller caller, String auditAction, Map<String, String> details) {
        if (caller.trust() != TrustLevel.SERVER || caller.grant().isPresent()) {
            recordDenial(caller, auditAction, DenyReason.TRUST_LEVEL_INSUFFICIENT.code(), "", details);
            throw new UseCaseException(UseCaseException.Kind.DENIED, DenyReason.TRUST_LEVEL_INSUFFICIENT.code(),
                    auditAction + " needs a request signed with an API secret, not a token");
        }
    }

    /** Audits a privileged action allowed outside the grant policy (a caller holding an API secret). */
    public void recordAllowed(Caller caller, String auditAction, String room, Map<String, String> details) {
        audit.record(new AuditEvent(clock.instant(), auditAction, AuditOutcome.ALLOWED, "", caller.trust(),
                caller.actor(), room, details));
    }

    /** Audits a denial decided outside the grant policy (bans, full rooms...). */
    public void recordDenial(Caller caller, String auditAction, String reasonCode, String room, Map<String, String> details) {
        audit.record(new AuditEvent(clock.instant(), auditAction, AuditOutcome.DENIED, reasonCode, caller.trust(),
                caller.actor(), room, details));
    }
}
