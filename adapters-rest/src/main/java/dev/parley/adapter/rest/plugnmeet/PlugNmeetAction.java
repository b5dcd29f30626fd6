package dev.parley.adapter.rest.plugnmeet;

import java.util.Optional;

/** The actions of {@code /auth/room/<action>} that Parley implements (names as Plug-N-Meet's). */
public enum PlugNmeetAction {
    CREATE("create"),
    GET_JOIN_TOKEN("getJoinToken"),
    IS_ROOM_ACTIVE("isRoomActive"),
    GET_ACTIVE_ROOM_INFO("getActiveRoomInfo"),
    GET_ACTIVE_ROOMS_INFO("getActiveRoomsInfo"),
    END_ROOM("endRoom");

    private final String path;

    PlugNmeetAction(String path) {
        this.path = path;
    }

    /** The last path segment, e.g. {@code getJoinToken} (case-sensitive). */
    public String path() {
        return path;
    }

    /** The action at {@code path} exactly; empty for any other. */
    public static Optional<PlugNmeetAction> at(String path) {
        for (PlugNmeetAction a : values()) {
            if (a.path.equals(path)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
