package dev.parley.application.fake;

import dev.parley.application.port.out.RoomRepository;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Rooms in a concurrent sorted map. */
public final class InMemoryRoomRepository implements RoomRepository {

    private final ConcurrentSkipListMap<RoomName, Room> rooms = new ConcurrentSkipListMap<>();

    @Override
    public boolean add(Room room) {
        return rooms.putIfAbsent(room.name(), room) == null;
    }

    @Override
    public void update(Room room) {
        if (rooms.replace(room.name(), room) == null) {
            throw new IllegalStateException("no room " + room.name());
        }
    }

    @Override
    public Optional<Room> find(RoomName name) {
        return Optional.ofNullable(rooms.get(name));
    }

    @Override
    public List<Room> findOpen() {
        return rooms.values().stream().filter(r -> !r.isEnded()).toList();
    }

    @Override
    public void delete(RoomName name) {
        rooms.remove(name);
    }
}
