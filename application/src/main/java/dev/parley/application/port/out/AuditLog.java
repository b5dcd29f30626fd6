package dev.parley.application.port.out;

import dev.parley.domain.audit.AuditEvent;

/** Append-only record of security decisions. An implementation must never drop an event silently. */
public interface AuditLog {

    /** Appends {@code event}. */
    void record(AuditEvent event);
}
