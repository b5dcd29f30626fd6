package dev.parley.domain.grant;

import dev.parley.domain.room.RoomName;
import java.util.function.Function;

/**
 * LiveKit's Twirp RoomService methods (/twirp/livekit.RoomService/&lt;Method&gt;) as the Actions the
 * server API asks AccessPolicy about, and the grant LiveKit requires for each.
 */
enum RoomServiceMethod {
    CreateRoom("roomCreate", Action.CreateRoom::new),
    ListRooms("roomList", room -> new Action.ListRooms()),
    DeleteRoom("roomCreate", Action.DeleteRoom::new),
    ListParticipants("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.LIST_PARTICIPANTS)),
    GetParticipant("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.GET_PARTICIPANT)),
    RemoveParticipant("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.REMOVE_PARTICIPANT)),
    MutePublishedTrack("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.MUTE_PUBLISHED_TRACK)),
    UpdateParticipant("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.UPDATE_PARTICIPANT)),
    UpdateSubscriptions("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.UPDATE_SUBSCRIPTIONS)),
    SendData("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.SEND_DATA)),
    UpdateRoomMetadata("roomAdmin", room -> new Action.AdministerRoom(room, AdminOperation.UPDATE_ROOM_METADATA));

    private final String requiredFlag;
    private final Function<RoomName, Action> action;

    RoomServiceMethod(String requiredFlag, Function<RoomName, Action> action) {
        this.requiredFlag = requiredFlag;
        this.action = action;
    }

    /** The video-grant flag LiveKit's RoomService checks for this method. */
    String requiredFlag() {
        return requiredFlag;
    }

    /** True for the methods LiveKit scopes with "roomAdmin AND video.room == req.room". */
    boolean roomAdminScoped() {
        return requiredFlag.equals("roomAdmin");
    }

    /** The Action the method asks about for the request's room. */
    Action action(RoomName requestRoom) {
        return action.apply(requestRoom);
    }
}
