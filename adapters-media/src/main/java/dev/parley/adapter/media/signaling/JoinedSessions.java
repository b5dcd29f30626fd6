package dev.parley.adapter.media.signaling;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The joined signaling sessions by room and identity, so that the server can end them when the
 * participant is removed, banned or its grants change (ARCHITECTURE.md §1: an administrative
 * change takes effect on every channel at once).
 */
final class JoinedSessions {

    private final Map<String, Set<SignalingSession>> byParticipant = new ConcurrentHashMap<>();

    private static String key(String room, String identity) {
        // Room names cannot contain a NUL; identities may contain anything else.
        return room + '\u0000' + identity;
    }

    void add(String room, String identity, SignalingSession session) {
        byParticipant.computeIfAbsent(key(room, identity), k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(String room, String identity, SignalingSession session) {
        byParticipant.computeIfPresent(key(room, identity), (k, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }

    List<SignalingSession> of(String room, String identity) {
        Set<SignalingSession> sessions = byParticipant.get(key(room, identity));
        return sessions == null ? List.of() : List.copyOf(sessions);
    }
}
