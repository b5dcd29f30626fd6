package dev.parley.adapter.rest.plugnmeet;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.application.UseCaseException;
import dev.parley.domain.room.RoomName;

/** Plug-N-Meet's {@code IsRoomActiveReq}, {@code GetActiveRoomInfoReq} and {@code RoomEndReq}: one required {@code room_id}. */
public record RoomIdReq(String roomId) {

    /** Reads the request. */
    public static RoomIdReq from(ProtoJsonObject json) {
        return new RoomIdReq(json.string("room_id"));
    }

    /** The room; {@code room_id} is required. */
    public RoomName roomName() {
        return requiredRoom(roomId);
    }

    /** {@code roomId} as a room name, refusing an empty one as "required" (protovalidate's wording). */
    static RoomName requiredRoom(String roomId) {
        if (roomId.isEmpty()) {
            throw new UseCaseException(UseCaseException.Kind.INVALID, "room_id_required", "room_id is required");
        }
        return RoomName.of(roomId);
    }
}
