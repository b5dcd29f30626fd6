package dev.parley.application.port.out;

import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.util.List;
import java.util.Optional;

/** Stores rooms by name. Implementations must make {@link #add} atomic (one winner per name). */
public interface RoomRepository {

    /** Stores a new room; false (and nothing stored) when a room with that name exists. */
    boolean add(Room room);

    /** Replaces the stored room of the same name; fails when there is none. */
    void update(Room room);

    /** The room called {@code name}, ended or not. */
    Optional<Room> find(RoomName name);

    /** Every room that has not ended, ordered by name. */
    List<Room> findOpen();

    /** Forgets the room (its participants and bans are removed by their own ports). */
    void delete(RoomName name);
}
