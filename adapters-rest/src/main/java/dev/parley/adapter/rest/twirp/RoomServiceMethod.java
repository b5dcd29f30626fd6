package dev.parley.adapter.rest.twirp;

import java.util.Optional;

/**
 * The methods of LiveKit's {@code livekit.RoomService} (livekit_room.proto). Those that need the
 * SFU or agents answer Twirp {@code unimplemented} until Parley has them; a name not on this
 * list is Twirp's {@code bad_route}.
 */
public enum RoomServiceMethod {
    CREATE_ROOM("CreateRoom", true),
    LIST_ROOMS("ListRooms", true),
    DELETE_ROOM("DeleteRoom", true),
    LIST_PARTICIPANTS("ListParticipants", true),
    GET_PARTICIPANT("GetParticipant", true),
    REMOVE_PARTICIPANT("RemoveParticipant", true),
    MUTE_PUBLISHED_TRACK("MutePublishedTrack", false),
    UPDATE_PARTICIPANT("UpdateParticipant", true),
    UPDATE_SUBSCRIPTIONS("UpdateSubscriptions", false),
    SEND_DATA("SendData", false),
    UPDATE_ROOM_METADATA("UpdateRoomMetadata", true),
    FORWARD_PARTICIPANT("ForwardParticipant", false),
    MOVE_PARTICIPANT("MoveParticipant", false),
    PERFORM_RPC("PerformRpc", false);

    private final String wireName;
    private final boolean implemented;

    RoomServiceMethod(String wireName, boolean implemented) {
        this.wireName = wireName;
        this.implemented = implemented;
    }

    /** The method name in the URL path, e.g. {@code CreateRoom} (case-sensitive, as Twirp routes). */
    public String wireName() {
        return wireName;
    }

    /** False for the methods that answer {@code unimplemented}. */
    public boolean implemented() {
        return implemented;
    }

    /** The method called {@code wireName} exactly; empty for any other name. */
    public static Optional<RoomServiceMethod> named(String wireName) {
        for (RoomServiceMethod m : values()) {
            if (m.wireName.equals(wireName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
