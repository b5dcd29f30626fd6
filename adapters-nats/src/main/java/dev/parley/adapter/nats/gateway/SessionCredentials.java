package dev.parley.adapter.nats.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials issued per (room, session) (immutable lists replaced atomically per key), so that a session's credentials can all be revoked.
 * Expired credentials need no revocation (the server refuses an expired user JWT and closes
 * connections when it expires) and are dropped.
 */
final class SessionCredentials {

    private final Map<String, List<IssuedCredential>> bySession = new ConcurrentHashMap<>();

    private static String key(String room, String sid) {
        return room + '/' + sid;
    }

    void add(String room, String sid, IssuedCredential credential, long nowSeconds) {
        bySession.compute(key(room, sid), (k, list) -> {
            List<IssuedCredential> out = new ArrayList<>(list == null ? 1 : list.size() + 1);
            if (list != null) {
                for (IssuedCredential c : list) {
                    if (!c.expiredAt(nowSeconds)) {
                        out.add(c);
                    }
                }
            }
            out.add(credential);
            return List.copyOf(out);
        });
    }

    /** Removes and returns the session's unexpired credentials except {@code keep} (null: all). */
    List<IssuedCredential> removeAllExcept(String room, String sid, String keep, long nowSeconds) {
        List<IssuedCredential> removed = new ArrayList<>();
        bySession.computeIfPresent(key(room, sid), (k, list) -> {
            List<IssuedCredential> kept = new ArrayList<>(1);
            for (IssuedCredential c : list) {
                if (keep != null && keep.equals(c.userPublicKey())) {
                    kept.add(c);
                } else if (!c.expiredAt(nowSeconds)) {
                    removed.add(c);
                }
            }
            return kept.isEmpty() ? null : List.copyOf(kept);
        });
        return removed;
    }

    /** Drops every expired credential (periodic housekeeping). */
    void sweep(long nowSeconds) {
        for (String k : bySession.keySet()) {
            bySession.computeIfPresent(k, (key, list) -> {
                List<IssuedCredential> out = new ArrayList<>(list);
                out.removeIf(c -> c.expiredAt(nowSeconds));
                return out.isEmpty() ? null : List.copyOf(out);
            });
        }
    }

    /** How many sessions have a live credential. */
    int sessions() {
        return bySession.size();
    }
}
