package dev.parley.application.roomkey.fake;

import dev.parley.application.roomkey.port.RoomKeyRepository;
import dev.parley.application.roomkey.port.StoredRoomKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link RoomKeyRepository} in memory: per room, its epochs sorted by number. Every method holds
 * the repository's monitor, so an add is atomic and a reader never sees a half-deleted room.
 */
public final class InMemoryRoomKeyRepository implements RoomKeyRepository {

    private final Map<String, NavigableMap<Long, StoredRoomKey>> rooms = new HashMap<>();

    @Override
    public synchronized boolean add(StoredRoomKey key) {
        Objects.requireNonNull(key, "key");
        return rooms.computeIfAbsent(key.roomSid(), sid -> new TreeMap<>())
                .putIfAbsent(key.epoch().number(), key) == null;
    }

    @Override
    public synchronized Optional<StoredRoomKey> current(String roomSid) {
        Objects.requireNonNull(roomSid, "roomSid");
        NavigableMap<Long, StoredRoomKey> epochs = rooms.get(roomSid);
        return epochs == null || epochs.isEmpty() ? Optional.empty() : Optional.of(epochs.lastEntry().getValue());
    }

    @Override
    public synchronized List<StoredRoomKey> history(String roomSid) {
        Objects.requireNonNull(roomSid, "roomSid");
        NavigableMap<Long, StoredRoomKey> epochs = rooms.get(roomSid);
        return epochs == null ? List.of() : List.copyOf(epochs.values());
    }

    @Override
    public synchronized int deleteRoom(String roomSid) {
        Objects.requireNonNull(roomSid, "roomSid");
        NavigableMap<Long, StoredRoomKey> epochs = rooms.remove(roomSid);
        return epochs == null ? 0 : epochs.size();
    }
}
