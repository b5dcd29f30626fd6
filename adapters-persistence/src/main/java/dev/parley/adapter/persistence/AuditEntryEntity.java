package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code audit_entry}: one audit event, its place in the chain and its hashes. Never updated. */
@Entity(name = "AuditEntryEntity")
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    Long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "action", length = 256, nullable = false, updatable = false)
    String action;

    @Column(name = "outcome", length = 16, nullable = false, updatable = false)
    String outcome;

    @Column(name = "reason_code", length = 256, nullable = false, updatable = false)
    String reasonCode;

    @Column(name = "actor_trust", length = 16, nullable = false, updatable = false)
    String actorTrust;

    @Column(name = "actor", length = 1024, nullable = false, updatable = false)
    String actor;

    @Column(name = "room", length = 1024, nullable = false, updatable = false)
    String room;

    @Column(name = "details", length = 1048576, nullable = false, updatable = false)
    String details;

    @Column(name = "prev_hash", length = 64, nullable = false, updatable = false)
    String prevHash;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    String entryHash;

    protected AuditEntryEntity() {
    }
}
