package dev.parley.application.webhook.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A message of the outbox as a delivery worker claimed it.
 *
 * @param sequence   its position in the outbox: ascending in the order the events were committed
 *                   (for one room at least), the handle for marking it
 * @param message    what to deliver
 * @param attempts   failed attempts so far
 * @param lastError  why the last attempt failed; empty before the first failure
 */
public record OutboxEntry(long sequence, WebhookMessage message, int attempts, String lastError) {

    public OutboxEntry {
        Objects.requireNonNull(message, "message");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        lastError = lastError == null ? "" : lastError;
    }

    /** When the event happened. */
    public Instant createdAt() {
        return message.createdAt();
    }
}
