package dev.parley.adapter.nats.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * The application account's revocation list: user public key to the epoch second it was revoked
 * at (NATS refuses a user JWT whose {@code iat} is at or before that second, and closes its
 * connections when the account JWT carrying it arrives). An entry is kept until the user JWT
 * has expired plus a margin for clock skew between Parley and the servers; after that the server
 * refuses the JWT as expired anyway, so the list stays bounded by the credentials still alive.
 * Every change bumps a version so that concurrent revocations can share one account JWT update.
 */
final class AccountRevocations {

    /** How long after a credential's expiry its revocation is still kept (clock skew between nodes and servers). */
    static final long SKEW_MARGIN_SECONDS = 300;

    private record Entry(long revokedAt, long keepUntil) {
    }

    /** A consistent view: the version it reflects and the list to publish. */
    record Snapshot(long version, Map<String, Long> revocations) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private long version;

    /** Revokes {@code credential} as of {@code nowSeconds}; returns the version that contains it. */
    synchronized long add(IssuedCredential credential, long nowSeconds) {
        long at = Math.max(nowSeconds, credential.issuedAt());
        entries.merge(credential.userPublicKey(), new Entry(at, credential.expiresAt() + SKEW_MARGIN_SECONDS),
                (a, b) -> new Entry(Math.max(a.revokedAt, b.revokedAt), Math.max(a.keepUntil, b.keepUntil)));
        return ++version;
    }

    /**
     * Adopts revocations found in the account JWT the servers hold (written by another node):
     * kept for {@code retentionSeconds} after they were made, since their expiry is unknown here.
     */
    synchronized boolean adopt(Map<String, Long> foreign, long retentionSeconds) {
        boolean changed = false;
        for (Map.Entry<String, Long> e : foreign.entrySet()) {
            if (!entries.containsKey(e.getKey())) {
                entries.put(e.getKey(), new Entry(e.getValue(), e.getValue() + retentionSeconds + SKEW_MARGIN_SECONDS));
                changed = true;
            }
        }
        if (changed) {
            version++;
        }
        return changed;
    }

    /** The current list without entries that are no longer needed at {@code nowSeconds}. */
    synchronized Snapshot snapshot(long nowSeconds) {
        entries.values().removeIf(e -> e.keepUntil < nowSeconds);
        Map<String, Long> out = new HashMap<>(entries.size() * 2);
        entries.forEach((k, e) -> out.put(k, e.revokedAt));
        return new Snapshot(version, out);
    }

    synchronized long version() {
        return version;
    }

    synchronized int size() {
        return entries.size();
    }
}
