package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of {@code audit_head}: sequence number and hash of the last entry of the chain. */
@Entity(name = "AuditHeadEntity")
@Table(name = "audit_head")
class AuditHeadEntity {

    /** The only id the table allows. */
    static final int ID = 1;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    Integer id;

    @Column(name = "last_seq", nullable = false)
    long lastSeq;

    @Column(name = "last_hash", length = 64, nullable = false)
    String lastHash;

    protected AuditHeadEntity() {
    }
}
