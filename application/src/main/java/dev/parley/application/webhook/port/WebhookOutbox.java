package dev.parley.application.webhook.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Out-port: the transactional outbox of webhooks. A table, not a queue in memory: what is
 * appended stays until it is delivered or, after its maximum age, abandoned, however slow the
 * receivers are and however often the server restarts.
 *
 * <p>A <em>stream</em> is the messages of one room to one endpoint. Messages of a stream are
 * delivered one after the other in {@link OutboxEntry#sequence()} order: a message is claimable
 * only when every earlier message of its stream is delivered or abandoned (or claimed along with
 * it, in order, by the same claim). A stream that waits for a retry holds back its own later
 * messages only, never another room's or another endpoint's.
 *
 * <p>Transactions: {@link #append} runs inside the caller's transaction (the use case that made
 * the change), so the message commits or rolls back with it. Every other method is meant to run
 * in a short transaction of its own, outside any business transaction; none of them holds a
 * database lock after it returns. Several workers (threads or nodes) may claim at once: a claim
 * leases its messages until {@code now + lease}, and no other claim returns a leased message
 * before the lease ends. A lease that ends (the worker died) makes the message claimable again:
 * delivery is at least once.
 */
public interface WebhookOutbox {

    /** Appends {@code message}, pending and due from its creation time, in the caller's transaction. */
    void append(WebhookMessage message);

    /**
     * Claims due messages and leases them to {@code claimant} until {@code now + lease}: up to
     * {@code maxStreams} streams, and in each the first pending message (it must be due: its next
     * attempt at or before {@code now}) followed by up to {@code perStream - 1} later ones, in
     * order, stopping at the first that is not due or is leased to another claimant. Entries are
     * returned in sequence order.
     *
     * @param claimant an id unique to this claim (a random token): marks must present it
     */
    List<OutboxEntry> claim(Instant now, int maxStreams, int perStream, Duration lease, String claimant);

    /** Records that the message was delivered; false when {@code claimant} no longer holds it. */
    boolean markDelivered(long sequence, String claimant, Instant at);

    /**
     * Records a failed attempt: the message counts {@code attempts} failures, remembers
     * {@code error} (at most 256 characters, no secret), is released and becomes due again at
     * {@code nextAttemptAt}. False when {@code claimant} no longer holds it.
     */
    boolean markFailed(long sequence, String claimant, int attempts, String error, Instant nextAttemptAt);

    /**
     * Gives the message up for good after {@code attempts} failures, the last for {@code error}:
     * it is never claimed again, stays in the outbox as the record of the loss, and the next
     * message of its stream becomes claimable. False when {@code claimant} no longer holds it.
     */
    boolean markAbandoned(long sequence, String claimant, int attempts, String error, Instant at);

    /** Hands a claimed message back without an attempt (it is due again at once); false when not held. */
    boolean release(long sequence, String claimant);

    /** Deletes messages delivered before {@code deliveredBefore}; never a pending or abandoned one. Returns how many. */
    int purgeDelivered(Instant deliveredBefore);
}
