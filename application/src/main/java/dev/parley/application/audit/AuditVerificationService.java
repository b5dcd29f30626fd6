package dev.parley.application.audit;

import dev.parley.application.Caller;
import dev.parley.application.service.Authorizer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Verifies the chain (see {@link VerifyAuditLogUseCase}); only callers holding an API secret may ask. */
public final class AuditVerificationService implements VerifyAuditLogUseCase {

    private final AuditIntegrity integrity;
    private final Authorizer authorizer;

    public AuditVerificationService(AuditIntegrity integrity, Authorizer authorizer) {
        this.integrity = Objects.requireNonNull(integrity, "integrity");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    }

    @Override
    public Optional<AuditBreak> verifyAuditLog(Caller caller) {
        authorizer.requireApiSecretHolder(caller, "audit.verify", Map.of());
        Optional<AuditBreak> result = integrity.firstBreak();
        authorizer.recordAllowed(caller, "audit.verify", "",
                result.map(b -> Map.of("firstBreak", Long.toString(b.sequence()))).orElse(Map.of("intact", "true")));
        return result;
    }
}
