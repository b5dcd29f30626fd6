package dev.parley.application.auth.fake;

import dev.parley.application.auth.NonceRegistry;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link NonceRegistry} in a concurrent map, unbounded unless given a capacity (to test FULL). */
public final class InMemoryNonceRegistry implements NonceRegistry {

    private record Key(String keyId, String nonce) {
    }

    private final ConcurrentHashMap<Key, Instant> seen = new ConcurrentHashMap<>();
    private final int capacity;

    /** An unbounded registry. */
    public InMemoryNonceRegistry() {
        this(Integer.MAX_VALUE);
    }

    /** A registry that answers FULL once it holds {@code capacity} unexpired nonces. */
    public InMemoryNonceRegistry(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized Outcome register(String keyId, String nonce, Instant expiresAt, Instant now) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(now, "now");
        Key key = new Key(keyId, nonce);
        Instant previous = seen.get(key);
        if (previous != null && previous.isAfter(now)) {
            return Outcome.REUSED;
        }
        seen.values().removeIf(until -> !until.isAfter(now));
        if (seen.size() >= capacity) {
            return Outcome.FULL;
        }
        seen.put(key, expiresAt);
        return Outcome.ACCEPTED;
    }

    /** How many nonces are remembered (expired ones included until the next registration). */
    public int size() {
        return seen.size();
    }
}
