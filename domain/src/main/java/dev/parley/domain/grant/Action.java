package dev.parley.domain.grant;

import dev.parley.domain.room.RoomName;
import java.util.Objects;

/** Everything a caller may attempt that a grant decides. Room-scoped actions name their room. */
public sealed interface Action {

    /** Join a room as a participant. */
    record JoinRoom(RoomName room) implements Action {
        public JoinRoom { Objects.requireNonNull(room, "room"); }
    }

    /** Publish a media track from a source. */
    record PublishTrack(RoomName room, TrackSource source) implements Action {
        public PublishTrack {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Publish data or chat messages. */
    record PublishData(RoomName room) implements Action {
        public PublishData { Objects.requireNonNull(room, "room"); }
    }

    /** Subscribe to other participants' tracks. */
    record Subscribe(RoomName room) implements Action {
        public Subscribe { Objects.requireNonNull(room, "room"); }
    }

    /** Change one's own name, metadata or attributes. */
    record UpdateOwnMetadata(RoomName room) implements Action {
        public UpdateOwnMetadata { Objects.requireNonNull(room, "room"); }
    }

    /** An administrative operation on one room. */
    record AdministerRoom(RoomName room, AdminOperation operation) implements Action {
        public AdministerRoom {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(operation, "operation");
        }
    }

    /** Create a room. */
    record CreateRoom(RoomName room) implements Action {
        public CreateRoom { Objects.requireNonNull(room, "room"); }
    }

    /** List rooms. */
    record ListRooms() implements Action {
    }

    /** Delete (end and forget) a room. */
    record DeleteRoom(RoomName room) implements Action {
        public DeleteRoom { Objects.requireNonNull(room, "room"); }
    }

    /** Start or stop recording a room. */
    record RecordRoom(RoomName room) implements Action {
        public RecordRoom { Objects.requireNonNull(room, "room"); }
    }

    /** Create or manage ingress endpoints. */
    record ManageIngress() implements Action {
    }
}
