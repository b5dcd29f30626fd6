package dev.parley.application.fake;

import dev.parley.application.port.out.BanRepository;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Bans in a map of sets. */
public final class InMemoryBanRepository implements BanRepository {

    private final Map<RoomName, Set<Identity>> bans = new ConcurrentHashMap<>();

    @Override
    public void ban(RoomName room, Identity identity, Instant at) {
        bans.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(identity);
    }

    @Override
    public boolean unban(RoomName room, Identity identity) {
        Set<Identity> s = bans.get(room);
        return s != null && s.remove(identity);
    }

    @Override
    public Set<Identity> bannedFrom(RoomName room) {
        Set<Identity> s = bans.get(room);
        return s == null ? Set.of() : Set.copyOf(s);
    }

    @Override
    public void removeAll(RoomName room) {
        bans.remove(room);
    }
}
