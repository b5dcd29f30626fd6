package dev.parley.adapter.persistence;

import dev.parley.application.webhook.port.OutboxEntry;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.application.webhook.port.WebhookOutbox;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@link WebhookOutbox} over JPA (table {@code webhook_outbox}, migration V3). Runs inside the
 * caller's transaction and never ends it: {@link #append} in the use case's, every other method
 * in a short transaction of its own (the bootstrap wraps them).
 *
 * <p>Claims are safe with any number of workers on any number of nodes. A claim reads the
 * candidate heads (the first pending row of each stream: no earlier pending row of the same room
 * and endpoint), due and not leased, oldest first; locks each with
 * {@code SELECT ... WHERE seq = ? AND <still a free, due head> FOR UPDATE SKIP LOCKED}
 * (PostgreSQL and H2 2.2 both support it: a row another claim is taking is skipped, not waited
 * for and not taken twice); locks the stream's next rows in order with {@code FOR UPDATE}, keeping
 * those up to the first that is not due or is leased elsewhere; and writes the lease (claimant
 * and end) on all of them before its transaction ends. Another claim cannot return a leased row
 * (the lease condition) nor a later row of its stream (the head condition: the leased row is
 * still pending) until the lease ends or the row is marked.
 *
 * <p>Marks are single conditional updates ({@code ... WHERE seq = ? AND claimant = ? AND state =
 * 'PENDING'}): a worker whose lease ended and whose row another claim took changes nothing.
 * Instants are stored at microsecond precision, truncated.
 */
public final class JpaWebhookOutbox implements WebhookOutbox {

    /** The pending rows that are due, not leased, and first of their stream. */
    private static final String HEAD_CONDITION = """
            o.state = 'PENDING' AND o.next_attempt_at <= ?1
              AND (o.lease_until IS NULL OR o.lease_until <= ?1)
              AND NOT EXISTS (SELECT 1 FROM webhook_outbox p
                              WHERE p.room_name = o.room_name AND p.endpoint_id = o.endpoint_id
                                AND p.state = 'PENDING' AND p.seq < o.seq)""";

    /** Candidates, oldest first, read without locking. */
    private static final String CANDIDATES = "SELECT o.seq, o.room_name, o.endpoint_id FROM webhook_outbox o WHERE "
            + HEAD_CONDITION + " ORDER BY o.seq FETCH FIRST ?2 ROWS ONLY";

    /**
     * One candidate, locked if it still qualifies and no other claim is taking it. One row by
     * primary key: H2 locks every row a locking query selects before it applies FETCH FIRST, so a
     * locking scan of all candidates would hold them all, and starve concurrent claims.
     */
    private static final String LOCK_HEAD = "SELECT o.seq FROM webhook_outbox o WHERE o.seq = ?2 AND " + HEAD_CONDITION
            + " FOR UPDATE SKIP LOCKED";

    private static final String FOLLOWERS = """
            SELECT o.seq,
                   CASE WHEN o.next_attempt_at <= ?1 AND (o.lease_until IS NULL OR o.lease_until <= ?1) THEN 1 ELSE 0 END
            FROM webhook_outbox o
            WHERE o.room_name = ?2 AND o.endpoint_id = ?3 AND o.state = 'PENDING' AND o.seq > ?4
            ORDER BY o.seq
            FETCH FIRST ?5 ROWS ONLY
            FOR UPDATE""";

    /** Most sequence numbers bound in one IN list. */
    private static final int IN_LIST_CHUNK = 500;

    private final EntityManager em;

    /** An outbox working in {@code em}'s current transaction. */
    public JpaWebhookOutbox(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void append(WebhookMessage message) {
        Objects.requireNonNull(message, "message");
        WebhookOutboxEntity row = new WebhookOutboxEntity();
        row.eventId = Columns.text(message.eventId(), 64, "webhook event id");
        row.eventName = Columns.text(message.eventName(), 64, "webhook event name");
        row.roomName = Columns.text(message.room(), 128, "webhook room");
        row.endpointId = Columns.text(message.endpointId(), 64, "webhook endpoint id");
        row.body = Columns.text(message.body(), WebhookMessage.MAX_BODY_CHARS, "webhook body");
        row.createdAt = Columns.instant(message.createdAt());
        row.state = WebhookOutboxEntity.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = row.createdAt;
        row.lastError = "";
        em.persist(row);
        em.flush();
    }

    @Override
    public List<OutboxEntry> claim(Instant now, int maxStreams, int perStream, Duration lease, String claimant) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(claimant, "claimant");
        if (maxStreams < 1 || perStream < 1) {
            throw new IllegalArgumentException("maxStreams and perStream must be at least 1");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        Columns.text(claimant, 64, "webhook claimant");
        OffsetDateTime at = utc(Columns.instant(now));
        List<?> candidates = em.createNativeQuery(CANDIDATES)
                .setParameter(1, at)
                .setParameter(2, Math.min(2 * maxStreams, 2000))
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        int streams = 0;
        for (Object c : candidates) {
            if (streams >= maxStreams) {
                break;
            }
            Object[] head = (Object[]) c;
            long headSeq = ((Number) head[0]).longValue();
            if (em.createNativeQuery(LOCK_HEAD).setParameter(1, at).setParameter(2, headSeq).getResultList().isEmpty()) {
                continue; // taken by a concurrent claim, or no longer first, due or free
            }
            streams++;
            claimed.add(headSeq);
            if (perStream > 1) {
                List<?> followers = em.createNativeQuery(FOLLOWERS)
                        .setParameter(1, at)
                        .setParameter(2, head[1])
                        .setParameter(3, head[2])
                        .setParameter(4, headSeq)
                        .setParameter(5, perStream - 1)
                        .getResultList();
                for (Object f : followers) {
                    Object[] follower = (Object[]) f;
                    if (((Number) follower[1]).intValue() != 1) {
                        break; // not due, or leased to another claim: the stream stops here
                    }
                    claimed.add(((Number) follower[0]).longValue());
                }
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        Instant until = Columns.instant(now.plus(lease));
        List<OutboxEntry> out = new ArrayList<>(claimed.size());
        for (int from = 0; from < claimed.size(); from += IN_LIST_CHUNK) {
            List<Long> chunk = claimed.subList(from, Math.min(claimed.size(), from + IN_LIST_CHUNK));
            em.createQuery("update WebhookOutboxEntity e set e.leaseUntil = :until, e.claimant = :claimant"
                            + " where e.seq in :seqs and e.state = :pending")
                    .setParameter("until", until)
                    .setParameter("claimant", claimant)
                    .setParameter("seqs", chunk)
                    .setParameter("pending", WebhookOutboxEntity.PENDING)
                    .executeUpdate();
            List<Object[]> rows = em.createQuery("select e.seq, e.eventId, e.eventName, e.roomName, e.endpointId, e.body,"
                            + " e.createdAt, e.attempts, e.lastError from WebhookOutboxEntity e where e.seq in :seqs",
                            Object[].class)
                    .setParameter("seqs", chunk)
                    .getResultList();
            for (Object[] r : rows) {
                WebhookMessage message = new WebhookMessage((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (Instant) r[6]);
                out.add(new OutboxEntry((Long) r[0], message, (Integer) r[7], (String) r[8]));
            }
        }
        out.sort(Comparator.comparingLong(OutboxEntry::sequence));
        return out;
    }

    @Override
    public boolean markDelivered(long sequence, String claimant, Instant at) {
        Objects.requireNonNull(at, "at");
        return em.createQuery("update WebhookOutboxEntity e set e.state = :delivered, e.finishedAt = :at,"
                        + " e.leaseUntil = null, e.claimant = null"
                        + " where e.seq = :seq and e.claimant = :claimant and e.state = :pending")
                .setParameter("delivered", WebhookOutboxEntity.DELIVERED)
                .setParameter("at", Columns.instant(at))
                .setParameter("seq", sequence)
                .setParameter("claimant", Objects.requireNonNull(claimant, "claimant"))
                .setParameter("pending", WebhookOutboxEntity.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean markFailed(long sequence, String claimant, int attempts, String error, Instant nextAttemptAt) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        return em.createQuery("update WebhookOutboxEntity e set e.attempts = :attempts, e.lastError = :error,"
                        + " e.nextAttemptAt = :next, e.leaseUntil = null, e.claimant = null"
                        + " where e.seq = :seq and e.claimant = :claimant and e.state = :pending")
                .setParameter("attempts", requireAttempts(attempts))
                .setParameter("error", error(error))
                .setParameter("next", Columns.instant(nextAttemptAt))
                .setParameter("seq", sequence)
                .setParameter("claimant", Objects.requireNonNull(claimant, "claimant"))
                .setParameter("pending", WebhookOutboxEntity.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean markAbandoned(long sequence, String claimant, int attempts, String error, Instant at) {
        Objects.requireNonNull(at, "at");
        return em.createQuery("update WebhookOutboxEntity e set e.state = :abandoned, e.attempts = :attempts,"
                        + " e.lastError = :error, e.finishedAt = :at, e.leaseUntil = null, e.claimant = null"
                        + " where e.seq = :seq and e.claimant = :claimant and e.state = :pending")
                .setParameter("abandoned", WebhookOutboxEntity.ABANDONED)
                .setParameter("attempts", requireAttempts(attempts))
                .setParameter("error", error(error))
                .setParameter("at", Columns.instant(at))
                .setParameter("seq", sequence)
                .setParameter("claimant", Objects.requireNonNull(claimant, "claimant"))
                .setParameter("pending", WebhookOutboxEntity.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean release(long sequence, String claimant) {
        return em.createQuery("update WebhookOutboxEntity e set e.leaseUntil = null, e.claimant = null"
                        + " where e.seq = :seq and e.claimant = :claimant and e.state = :pending")
                .setParameter("seq", sequence)
                .setParameter("claimant", Objects.requireNonNull(claimant, "claimant"))
                .setParameter("pending", WebhookOutboxEntity.PENDING)
                .executeUpdate() == 1;
    }

    @Override
    public int purgeDelivered(Instant deliveredBefore) {
        Objects.requireNonNull(deliveredBefore, "deliveredBefore");
        return em.createQuery("delete from WebhookOutboxEntity e where e.state = :delivered and e.finishedAt < :before")
                .setParameter("delivered", WebhookOutboxEntity.DELIVERED)
                .setParameter("before", Columns.instant(deliveredBefore))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static int requireAttempts(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        return attempts;
    }

    /** The error as stored: at most 256 characters of it, never a value the databases cannot hold. */
    private static String error(String error) {
        Objects.requireNonNull(error, "error");
        StringBuilder sb = new StringBuilder(Math.min(error.length(), 256));
        for (int i = 0; i < error.length() && sb.length() < 256; i++) {
            char c = error.charAt(i);
            sb.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? '?' : c);
        }
        return sb.toString();
    }
}
