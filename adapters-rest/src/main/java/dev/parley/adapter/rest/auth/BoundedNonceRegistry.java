package dev.parley.adapter.rest.auth;

import dev.parley.application.auth.NonceRegistry;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link NonceRegistry} in memory, safe for concurrent requests and bounded: it holds at most
 * {@code capacity} live nonces (plus, briefly, one per thread racing at the limit), forgets a
 * nonce only after it expired, and answers {@link Outcome#FULL} rather than evicting a live one
 * (evicting would re-open the replay window).
 *
 * <p>Cost per request is constant: each nonce is kept as a 64-bit fingerprint of (key id, nonce)
 * under a per-JVM random seed, and is also filed in a bucket of its expiry second; expiry drops
 * whole buckets in order, so there is never a sweep over every entry. A fingerprint collision
 * (probability about n²/2⁶⁵: 10⁻⁷ at three million live nonces) can only make one honest request
 * be refused as a replay; it can never let a replay through.
 *
 * <p>One registry per JVM: several Parley nodes behind one load balancer each remember only
 * their own requests, so a replay sent to another node within the window is not caught there.
 *
 * <p>Memory: about 90 bytes per live nonce, so the default capacity (2 000 000) bounds it near
 * 180 MB; with the default +-300 s window a nonce lives at most 600 s, so the default sustains
 * about 3 300 signed requests per second (raise {@code parley.auth.signed.nonce-capacity} beyond).
 */
public final class BoundedNonceRegistry implements NonceRegistry {

    /** Default capacity. */
    public static final int DEFAULT_CAPACITY = 2_000_000;

    private final ConcurrentHashMap<Long, Long> expiryByPrint = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, Bucket> bucketsBySecond = new ConcurrentSkipListMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final long seed = new SecureRandom().nextLong();
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
        expireUpTo(nowMs);
        long print = fingerprint(keyId, nonce);
        Long existing = expiryByPrint.get(print);
        if (existing != null && existing > nowMs) {
            return Outcome.REUSED;
        }
        if (existing == null && size.get() >= capacity) {
            expireWithinCurrentSecond(nowMs);
            if (size.get() >= capacity) {
                return Outcome.FULL;
            }
        }
        boolean[] accepted = {false};
        expiryByPrint.compute(print, (k, old) -> {
            if (old != null && old > nowMs) {
                return old;
            }
            if (old == null) {
                size.incrementAndGet();
            }
            accepted[0] = true;
            return untilMs;
        });
        if (!accepted[0]) {
            return Outcome.REUSED;
        }
        file(print, Math.floorDiv(untilMs, 1000));
        return Outcome.ACCEPTED;
    }

    /** How many nonces are held now (expired ones included until their second's bucket is dropped). */
    public int size() {
        return size.get();
    }

    private void file(long print, long second) {
        while (true) {
            Bucket bucket = bucketsBySecond.computeIfAbsent(second, s -> new Bucket());
            if (bucket.add(print)) {
                return;
            }
            bucketsBySecond.remove(second, bucket); // it was being dropped: file in a fresh one
        }
    }

    /** Drops, in order, every bucket whose whole second lies at or before {@code nowMs}. */
    private void expireUpTo(long nowMs) {
        Map.Entry<Long, Bucket> first;
        while ((first = bucketsBySecond.firstEntry()) != null && first.getKey() * 1000 + 999 <= nowMs) {
            if (!bucketsBySecond.remove(first.getKey(), first.getValue())) {
                continue; // another thread took it
            }
            for (long print : first.getValue().close()) {
                forgetIfExpired(print, nowMs);
            }
        }
    }

    /** When full: also forget the entries of the current second's bucket that have already expired. */
    private void expireWithinCurrentSecond(long nowMs) {
        Bucket current = bucketsBySecond.get(Math.floorDiv(nowMs, 1000));
        if (current != null) {
            for (long print : current.snapshot()) {
                forgetIfExpired(print, nowMs);
            }
        }
    }

    private void forgetIfExpired(long print, long nowMs) {
        expiryByPrint.computeIfPresent(print, (k, until) -> {
            if (until <= nowMs) {
                size.decrementAndGet();
                return null;
            }
            return until; // re-used after expiry: it lives on in a later bucket
        });
    }

    /** A 64-bit keyed fingerprint of (key id, nonce): FNV-1a over the UTF-8 bytes, seeded, with a murmur finaliser. */
    private long fingerprint(String keyId, String nonce) {
        long h = 0xcbf29ce484222325L ^ seed;
        h = mix(h, keyId.getBytes(StandardCharsets.UTF_8));
        h = (h ^ '\n') * 0x100000001b3L;
        h = mix(h, nonce.getBytes(StandardCharsets.UTF_8));
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long mix(long h, byte[] bytes) {
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /** The fingerprints expiring within one second; closed once it is being dropped. */
    private static final class Bucket {
        private long[] prints = new long[16];
        private int count;
        private boolean closed;

        synchronized boolean add(long print) {
            if (closed) {
                return false;
            }
            if (count == prints.length) {
                prints = Arrays.copyOf(prints, count * 2);
            }
            prints[count++] = print;
            return true;
        }

        synchronized long[] close() {
            closed = true;
            return Arrays.copyOf(prints, count);
        }

        synchronized long[] snapshot() {
            return Arrays.copyOf(prints, count);
        }
    }
}
