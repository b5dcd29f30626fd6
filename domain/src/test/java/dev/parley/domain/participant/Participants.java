package dev.parley.domain.participant;

import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Instant;
import java.util.Map;

/** Small fixtures for the participant tests. */
final class Participants {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Participants() {
    }

    static Participant visible(String identity) {
        return new Participant(Identity.of(identity), "PA_" + identity, identity, "", Map.of(),
                ParticipantKind.STANDARD, VideoGrant.join("r1"), T0);
    }

    static Participant hidden(String identity) {
        return new Participant(Identity.of(identity), "PA_" + identity, identity, "", Map.of(),
                ParticipantKind.EGRESS, VideoGrant.join("r1").toBuilder().hidden(true).recorder(true).build(), T0);
    }

    /** The same identity in a new session. */
    static Participant newSessionOf(Participant p) {
        return new Participant(p.identity(), p.sid() + "-2", p.name(), p.metadata(), p.attributes(), p.kind(), p.grants(),
                T0.plusSeconds(60));
    }

    static Room room(RoomPolicy policy) {
        return Room.create(RoomName.of("r1"), "RM_r1", policy, "", T0);
    }
}
