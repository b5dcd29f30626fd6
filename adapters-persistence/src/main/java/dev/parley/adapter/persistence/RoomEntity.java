package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code room}; mapped to and from the domain by {@link RoomMapper}. */
@Entity(name = "RoomEntity")
@Table(name = "room")
class RoomEntity {

    @Id
    @Column(name = "name", length = 128, nullable = false, updatable = false)
    String name;

    @Column(name = "sid", length = 255, nullable = false)
    String sid;

    @Column(name = "state", length = 16, nullable = false)
    String state;

    @Column(name = "metadata", length = 65536, nullable = false)
    String metadata;

    @Column(name = "max_participants", nullable = false)
    int maxParticipants;

    @Column(name = "empty_timeout_nanos", nullable = false)
    long emptyTimeoutNanos;

    @Column(name = "departure_timeout_nanos", nullable = false)
    long departureTimeoutNanos;

    @Column(name = "key_policy", length = 32, nullable = false)
    String keyPolicy;

    @Column(name = "allowed_features", length = 512, nullable = false)
    String allowedFeatures;

    @Column(name = "duplicate_identity", length = 32, nullable = false)
    String duplicateIdentity;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    Instant lastActivityAt;

    @Column(name = "ended_at")
    Instant endedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected RoomEntity() {
    }
}
