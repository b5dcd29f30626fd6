package dev.parley.application.port.in;

import dev.parley.application.Caller;
import dev.parley.domain.room.RoomName;
import java.util.List;
import java.util.Set;

/** Lists open rooms (needs roomList), optionally only those named. */
public interface ListRoomsUseCase {

    /** Open rooms ordered by name; {@code names} empty means all. */
    List<RoomView> listRooms(Caller caller, Set<RoomName> names);
}
