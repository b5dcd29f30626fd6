package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code api_key}: a key of the key ring, its secret sealed; mapped by {@link ApiKeyMapper}. */
@Entity(name = "ApiKeyEntity")
@Table(name = "api_key")
class ApiKeyEntity {

    @Id
    @Column(name = "key_id", length = 64, nullable = false, updatable = false)
    String id;

    @Column(name = "algorithm", length = 16, nullable = false, updatable = false)
    String algorithm;

    /** Base64 of the Ed25519 public key; "" for HS256. */
    @Column(name = "public_key", length = 44, nullable = false, updatable = false)
    String publicKey;

    /** Base64 of the sealed blob, exactly as the sealer produced it; null when the key has no secret. */
    @Column(name = "sealed_secret", length = 8192, updatable = false)
    String sealedSecret;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "state", length = 16, nullable = false)
    String state;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ApiKeyEntity() {
    }
}
