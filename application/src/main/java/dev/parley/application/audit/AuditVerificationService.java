package dev.parley.application.audit;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.out.AuditLog;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.trust.TrustLevel;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Verifies the chain (see {@link VerifyAuditLogUseCase}); only callers holding an API secret may ask. */
public final class AuditVerificationService implements VerifyAuditLogUseCase {

    private final AuditIntegrity integrity;
    private final AuditLog audit;
    private final Clock clock;

    public AuditVerificationService(AuditIntegrity integrity, AuditLog audit, Clock clock) {
        this.integrity = Objects.requireNonNull(integrity, "integrity");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<AuditBreak> verifyAuditLog(Caller caller) {
        if (caller.trust() != TrustLevel.SERVER || caller.grant().isPresent()) {
            audit.record(new AuditEvent(clock.instant(), "audit.verify", AuditOutcome.DENIED,
                    DenyReason.TRUST_LEVEL_INSUFFICIENT.code(), caller.trust(), caller.actor(), "", Map.of()));
            throw new UseCaseException(UseCaseException.Kind.DENIED, DenyReason.TRUST_LEVEL_INSUFFICIENT.code(),
                    "verifying the audit log needs a request signed with an API secret");
        }
        Optional<AuditBreak> result = integrity.firstBreak();
        audit.record(new AuditEvent(clock.instant(), "audit.verify", AuditOutcome.ALLOWED, "", caller.trust(), caller.actor(),
                "", result.map(b -> Map.of("firstBreak", Long.toString(b.sequence()))).orElse(Map.of("intact", "true"))));
        return result;
    }
}
