package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code webhook_outbox}: one webhook for one endpoint and its delivery state. Written by
 * {@link JpaWebhookOutbox#append} only; every later change is a conditional bulk update there.
 */
@Entity(name = "WebhookOutboxEntity")
@Table(name = "webhook_outbox")
class WebhookOutboxEntity {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String ABANDONED = "ABANDONED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "seq", nullable = false, updatable = false)
    Long seq;

    @Column(name = "event_id", length = 64, nullable = false, updatable = false)
    String eventId;

    @Column(name = "event_name", length = 64, nullable = false, updatable = false)
    String eventName;

    @Column(name = "room_name", length = 128, nullable = false, updatable = false)
    String roomName;

    @Column(name = "endpoint_id", length = 64, nullable = false, updatable = false)
    String endpointId;

    @Column(name = "body", length = 4194304, nullable = false, updatable = false)
    String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "state", length = 16, nullable = false)
    String state;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "lease_until")
    Instant leaseUntil;

    @Column(name = "claimant", length = 64)
    String claimant;

    @Column(name = "last_error", length = 256, nullable = false)
    String lastError;

    @Column(name = "finished_at")
    Instant finishedAt;

    protected WebhookOutboxEntity() {
    }
}
