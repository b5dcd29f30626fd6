package dev.parley.application.service;

import dev.parley.application.UseCaseException;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;

/** The one rule the administration services share: an ended room is, to callers, a room that does not exist. */
final class OpenRooms {

    private OpenRooms() {
    }

    /** The open room called {@code name}; {@code room_not_found} when it does not exist or has ended. */
    static Room require(RoomRepository rooms, RoomName name) {
        Room room = rooms.find(name).orElseThrow(() -> UseCaseException.roomNotFound(name.value()));
        if (room.isEnded()) {
            throw UseCaseException.roomNotFound(name.value());
        }
        return room;
    }
}
