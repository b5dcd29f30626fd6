package dev.parley.application.event;

import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.util.Objects;

/** What changed in a room; names follow LiveKit's webhook events. */
public sealed interface RoomEvent {

    /** The room concerned. */
    Room room();

    /** The event's name as LiveKit's webhooks spell it, e.g. {@code participant_joined}. */
    String eventName();

    /** A room was created and opened. */
    record RoomStarted(Room room) implements RoomEvent {
        public RoomStarted { Objects.requireNonNull(room, "room"); }
        @Override public String eventName() { return "room_started"; }
    }

    /** A room ended. */
    record RoomFinished(Room room) implements RoomEvent {
        public RoomFinished { Objects.requireNonNull(room, "room"); }
        @Override public String eventName() { return "room_finished"; }
    }

    /** A room's metadata changed. */
    record RoomMetadataChanged(Room room) implements RoomEvent {
        public RoomMetadataChanged { Objects.requireNonNull(room, "room"); }
        @Override public String eventName() { return "room_metadata_changed"; }
    }

    /** A participant joined. */
    record ParticipantJoined(Room room, Participant participant) implements RoomEvent {
        public ParticipantJoined {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
        }
        @Override public String eventName() { return "participant_joined"; }
    }

    /** A participant left, was removed or was replaced by a newer session. */
    record ParticipantLeft(Room room, Participant participant, String reason) implements RoomEvent {
        public ParticipantLeft {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(reason, "reason");
        }
        @Override public String eventName() { return "participant_left"; }
    }

    /** A participant's permissions or profile changed. */
    record ParticipantUpdated(Room room, Participant participant) implements RoomEvent {
        public ParticipantUpdated {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(participant, "participant");
        }
        @Override public String eventName() { return "participant_updated"; }
    }

    /**
     * A SERVER_MANAGED room's key moved to a new epoch. Carries no key material: the key itself
     * goes only to each participant's private channel.
     */
    record RoomKeyRotated(Room room, long epoch, int keyIndex, String reason) implements RoomEvent {
        public RoomKeyRotated {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(reason, "reason");
        }
        @Override public String eventName() { return "room_key_rotated"; }
    }
}
