package dev.parley.application.webhook.fake;

import dev.parley.application.webhook.port.OutboxEntry;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.application.webhook.port.WebhookOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A {@link WebhookOutbox} in memory, with the contract's semantics; thread-safe (one lock). */
public final class InMemoryWebhookOutbox implements WebhookOutbox {

    /** A stored message and its delivery state. */
    public static final class Row {
        final long seq;
        final WebhookMessage message;
        State state = State.PENDING;
        int attempts;
        String lastError = "";
        Instant nextAttemptAt;
        Instant leaseUntil;
        String claimant;
        Instant finishedAt;

        Row(long seq, WebhookMessage message) {
            this.seq = seq;
            this.message = message;
            this.nextAttemptAt = message.createdAt();
        }

        public long sequence() {
            return seq;
        }

        public WebhookMessage message() {
            return message;
        }

        public State state() {
            return state;
        }

        public int attempts() {
            return attempts;
        }

        public String lastError() {
            return lastError;
        }

        public Instant nextAttemptAt() {
            return nextAttemptAt;
        }

        Row copy() {
            Row r = new Row(seq, message);
            r.state = state;
            r.attempts = attempts;
            r.lastError = lastError;
            r.nextAttemptAt = nextAttemptAt;
            r.leaseUntil = leaseUntil;
            r.claimant = claimant;
            r.finishedAt = finishedAt;
            return r;
        }
    }

    /** Where a message stands. */
    public enum State { PENDING, DELIVERED, ABANDONED }

    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private long nextSeq = 1;

    @Override
    public synchronized void append(WebhookMessage message) {
        rows.put(nextSeq, new Row(nextSeq, message));
        nextSeq++;
    }

    @Override
    public synchronized List<OutboxEntry> claim(Instant now, int maxStreams, int perStream, Duration lease, String claimant) {
        Instant until = now.plus(lease);
        Set<String> seenStreams = new HashSet<>();
        List<OutboxEntry> out = new ArrayList<>();
        int streams = 0;
        for (Row head : rows.values()) {
            if (streams >= maxStreams) {
                break;
            }
            if (head.state != State.PENDING || !seenStreams.add(head.message.stream())) {
                continue; // not pending, or not the first pending message of its stream
            }
            if (head.nextAttemptAt.isAfter(now) || leased(head, now)) {
                continue;
            }
            streams++;
            int taken = 0;
            for (Row r : rows.tailMap(head.seq, true).values()) {
                if (taken >= perStream) {
                    break;
                }
                if (r.state != State.PENDING || !r.message.stream().equals(head.message.stream())) {
                    continue;
                }
                if (r.nextAttemptAt.isAfter(now) || (r != head && leased(r, now))) {
                    break;
                }
                r.leaseUntil = until;
                r.claimant = claimant;
                out.add(new OutboxEntry(r.seq, r.message, r.attempts, r.lastError));
                taken++;
            }
        }
        out.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return out;
    }

    private static boolean leased(Row r, Instant now) {
        return r.leaseUntil != null && r.leaseUntil.isAfter(now);
    }

    private Optional<Row> held(long sequence, String claimant) {
        Row r = rows.get(sequence);
        return r != null && r.state == State.PENDING && claimant.equals(r.claimant) ? Optional.of(r) : Optional.empty();
    }

    @Override
    public synchronized boolean markDelivered(long sequence, String claimant, Instant at) {
        return held(sequence, claimant).map(r -> {
            r.state = State.DELIVERED;
            r.finishedAt = at;
            r.leaseUntil = null;
            r.claimant = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean markFailed(long sequence, String claimant, int attempts, String error, Instant nextAttemptAt) {
        return held(sequence, claimant).map(r -> {
            r.attempts = attempts;
            r.lastError = error;
            r.nextAttemptAt = nextAttemptAt;
            r.leaseUntil = null;
            r.claimant = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean markAbandoned(long sequence, String claimant, int attempts, String error, Instant at) {
        return held(sequence, claimant).map(r -> {
            r.state = State.ABANDONED;
            r.attempts = attempts;
            r.lastError = error;
            r.finishedAt = at;
            r.leaseUntil = null;
            r.claimant = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized boolean release(long sequence, String claimant) {
        return held(sequence, claimant).map(r -> {
            r.leaseUntil = null;
            r.claimant = null;
            return true;
        }).orElse(false);
    }

    @Override
    public synchronized int purgeDelivered(Instant deliveredBefore) {
        int before = rows.size();
        rows.values().removeIf(r -> r.state == State.DELIVERED && r.finishedAt.isBefore(deliveredBefore));
        return before - rows.size();
    }

    /** A snapshot of every stored message, in sequence order (for assertions). */
    public synchronized List<Row> rows() {
        return rows.values().stream().map(Row::copy).toList();
    }

    /** The stored messages in this state, in sequence order. */
    public synchronized List<Row> rows(State state) {
        return rows.values().stream().filter(r -> r.state == state).map(Row::copy).toList();
    }
}
