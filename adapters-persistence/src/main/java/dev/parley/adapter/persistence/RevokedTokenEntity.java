package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code revoked_token}: a token id (by its hash, see {@link RevocationKeys}) revoked until a time. */
@Entity(name = "RevokedTokenEntity")
@Table(name = "revoked_token")
class RevokedTokenEntity {

    @Id
    @Column(name = "token_id_hash", length = 64, nullable = false, updatable = false)
    String tokenIdHash;

    @Column(name = "revoked_until", nullable = false)
    Instant until;

    protected RevokedTokenEntity() {
    }

    RevokedTokenEntity(String tokenIdHash, Instant until) {
        this.tokenIdHash = tokenIdHash;
        this.until = until;
    }
}
