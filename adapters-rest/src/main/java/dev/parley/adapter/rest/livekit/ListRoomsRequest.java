package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.domain.room.RoomName;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** LiveKit's {@code ListRoomsRequest}: only the rooms named, or all when {@code names} is empty. */
public record ListRoomsRequest(List<String> names) {

    public ListRoomsRequest {
        names = List.copyOf(names);
    }

    /** Reads the request. */
    public static ListRoomsRequest from(ProtoJsonObject json) {
        return new ListRoomsRequest(json.strings("names"));
    }

    /** The names as room names (each must be valid). */
    public Set<RoomName> roomNames() {
        Set<RoomName> out = new TreeSet<>();
        for (String name : names) {
            out.add(RoomName.of(name));
        }
        return out;
    }
}
