package dev.parley.application.fake;

import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.Roster;
import dev.parley.domain.room.RoomName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Rosters in a map of insertion-ordered maps. */
public final class InMemoryParticipantRepository implements ParticipantRepository {

    private final Map<RoomName, LinkedHashMap<Identity, Participant>> byRoom = new ConcurrentHashMap<>();

    @Override
    public synchronized Roster rosterOf(RoomName room) {
        LinkedHashMap<Identity, Participant> m = byRoom.get(room);
        return m == null ? Roster.empty() : Roster.of(new ArrayList<>(m.values()));
    }

    @Override
    public synchronized void put(RoomName room, Participant participant) {
        LinkedHashMap<Identity, Participant> m = byRoom.computeIfAbsent(room, r -> new LinkedHashMap<>());
        m.remove(participant.identity());
        m.put(participant.identity(), participant);
    }

    @Override
    public synchronized boolean remove(RoomName room, Identity identity) {
        LinkedHashMap<Identity, Participant> m = byRoom.get(room);
        return m != null && m.remove(identity) != null;
    }

    @Override
    public synchronized void removeAll(RoomName room) {
        byRoom.remove(room);
    }
}
