package dev.parley.adapter.rest.auth;

import dev.parley.application.auth.NonceRegistry;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link NonceRegistry} in memory, safe for concurrent requests and bounded: it holds at most
 * {@code capacity} live nonces (plus, briefly, one per thread racing at the limit), forgets a
 * nonce only after it expired, and answers {@link Outcome#FULL} rather than evicting a live one
 * (evicting would re-open the replay window). Expired entries are swept when the registry is
 * full, and otherwise at most once per {@code sweepInterval} of request time.
 *
 * <p>One registry per JVM: several Parley nodes behind one load balancer each remember only
 * their own requests, so a replay sent to another node within the window is not caught there.
 *
 * <p>Memory: roughly 150 bytes per nonce; the default capacity (500 000) bounds it near 75 MB
 * and allows about 800 signed requests per second sustained with the default +-300 s window.
 */
public final class BoundedNonceRegistry implements NonceRegistry {

    /** Default capacity. */
    public static final int DEFAULT_CAPACITY = 500_000;
    private static final long SWEEP_INTERVAL_MS = 1_000;

    private final ConcurrentHashMap<String, Long> expiries = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong nextSweepMs = new AtomicLong(Long.MIN_VALUE);
    private final int capacity;

    /** A registry of {@link #DEFAULT_CAPACITY} nonces. */
    public BoundedNonceRegistry() {
        this(DEFAULT_CAPACITY);
    }

    /** A registry of at most {@code capacity} live nonces. */
    public BoundedNonceRegistry(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public Outcome register(String keyId, String nonce, Instant expiresAt, Instant now) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(nonce, "nonce");
        long nowMs = now.toEpochMilli();
        long untilMs = expiresAt.toEpochMilli();
        sweepIfDue(nowMs);
        // Key ids never contain '\n' (KeyIds grammar), so the pair is unambiguous.
        String key = keyId + '\n' + nonce;
        Long existing = expiries.get(key);
        if (existing != null && existing > nowMs) {
            return Outcome.REUSED;
        }
        if (existing == null && size.get() >= capacity) {
            sweep(nowMs);
            if (size.get() >= capacity) {
                return Outcome.FULL;
            }
        }
        boolean[] accepted = {false};
        expiries.compute(key, (k, old) -> {
            if (old != null && old > nowMs) {
                return old;
            }
            if (old == null) {
                size.incrementAndGet();
            }
            accepted[0] = true;
            return untilMs;
        });
        return accepted[0] ? Outcome.ACCEPTED : Outcome.REUSED;
    }

    /** How many nonces are held now (expired ones included until the next sweep). */
    public int size() {
        return size.get();
    }

    private void sweepIfDue(long nowMs) {
        long due = nextSweepMs.get();
        if (nowMs >= due && nextSweepMs.compareAndSet(due, nowMs + SWEEP_INTERVAL_MS)) {
            sweep(nowMs);
        }
    }

    private void sweep(long nowMs) {
        expiries.forEach((key, until) -> {
            if (until <= nowMs && expiries.remove(key, until)) {
                size.decrementAndGet();
            }
        });
    }
}
