package dev.parley.application.audit;

import dev.parley.application.Caller;
import java.util.Optional;

/** Verifies the audit chain on behalf of a holder of an API secret (signed request); the check itself is audited. */
public interface VerifyAuditLogUseCase {

    /** The first broken link, or empty when the chain is intact. */
    Optional<AuditBreak> verifyAuditLog(Caller caller);
}
