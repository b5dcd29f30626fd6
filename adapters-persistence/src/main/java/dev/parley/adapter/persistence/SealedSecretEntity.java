package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code sealed_secret}: a named secret, sealed; written once, mapped by {@link SealedSecretMapper}. */
@Entity(name = "SealedSecretEntity")
@Table(name = "sealed_secret")
class SealedSecretEntity {

    @Id
    @Column(name = "name", length = SealedSecretMapper.MAX_NAME_CHARS, nullable = false, updatable = false)
    String name;

    /** Base64 of the sealed blob, exactly as the sealer produced it. */
    @Column(name = "sealed", length = SealedSecretMapper.MAX_SEALED_CHARS, nullable = false, updatable = false)
    String sealed;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected SealedSecretEntity() {
    }

    SealedSecretEntity(String name, String sealed, Instant createdAt) {
        this.name = name;
        this.sealed = sealed;
        this.createdAt = createdAt;
    }
}
