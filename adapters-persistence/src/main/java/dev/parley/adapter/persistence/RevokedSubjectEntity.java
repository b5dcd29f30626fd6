package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code revoked_subject}: the tokens of an identity in a room (by the pair's hash, see
 * {@link RevocationKeys}) issued before a time, revoked until a time.
 */
@Entity(name = "RevokedSubjectEntity")
@Table(name = "revoked_subject")
class RevokedSubjectEntity {

    @Id
    @Column(name = "subject_hash", length = 64, nullable = false, updatable = false)
    String subjectHash;

    @Column(name = "issued_before", nullable = false)
    Instant issuedBefore;

    @Column(name = "revoked_until", nullable = false)
    Instant until;

    protected RevokedSubjectEntity() {
    }

    RevokedSubjectEntity(String subjectHash, Instant issuedBefore, Instant until) {
        this.subjectHash = subjectHash;
        this.issuedBefore = issuedBefore;
        this.until = until;
    }
}
