package dev.parley.application.port.in;

import java.util.List;
import dev.parley.domain.room.RoomName;

/** Ends rooms that stayed empty beyond their empty or departure timeout (run periodically). */
public interface CloseIdleRoomsUseCase {

    /** The rooms it ended. */
    List<RoomName> closeIdleRooms();
}
