package dev.parley.bootstrap.wiring;

import dev.parley.adapter.persistence.JpaAuditLog;
import dev.parley.application.audit.AuditBreak;
import dev.parley.application.audit.AuditIntegrity;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The audit chain check of the persistence adapter, behind the application's port. */
final class JpaAuditIntegrity implements AuditIntegrity {

    private final EntityManager em;

    JpaAuditIntegrity(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AuditBreak> firstBreak() {
        return new JpaAuditLog(em).verify()
                .map(b -> new AuditBreak(b.sequence(), b.kind().name(), b.describe()));
    }
}
