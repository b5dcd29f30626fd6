package dev.parley.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server-managed room keys: who gets which epoch, and in which order relative to removals. */
class RoomKeyRotationTest {

    private final SessionTestBed bed = new SessionTestBed();

    @Test
    void aRemovedParticipantIsCutOffBeforeTheRemainingOnesReceiveTheNextEpoch() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        SessionGrant alice = bed.sessions.verifyToken(bed.token("clinic", "alice"));
        SessionGrant bob = bed.sessions.verifyToken(bed.token("clinic", "bob"));
        SessionGrant carol = bed.sessions.verifyToken(bed.token("clinic", "carol"));
        PrivateMessage.RoomKey epoch0 = alice.roomKey().orElseThrow();
        assertThat(epoch0.epoch()).isZero();
        assertThat(bob.roomKey().orElseThrow().key()).isEqualTo(epoch0.key());
        assertThat(epoch0.key()).hasSize(32);

        bed.participantAdmin.removeParticipant(bed.server,
                new RemoveParticipantCommand(RoomName.of("clinic"), Identity.of("carol"), false));

        String c = carol.participant().sid();
        List<String> log = List.copyOf(bed.log);
        int cutOff = Math.max(log.indexOf("revoke:" + c + ":null"), log.indexOf("media-end:" + c + ":removed"));
        int firstNewKey = log.indexOf("private:" + alice.participant().sid() + ":room_key");
        assertThat(cutOff).isNotNegative();
        assertThat(firstNewKey).isGreaterThan(cutOff);
        for (SessionGrant remaining : List.of(alice, bob)) {
            PrivateMessage.RoomKey next = (PrivateMessage.RoomKey) bed.messaging.sentTo(remaining.participant().sid()).get(0);
            assertThat(next.epoch()).isEqualTo(1);
            assertThat(next.keyIndex()).isEqualTo(1);
            assertThat(next.key()).isNotEqualTo(epoch0.key());
        }
        assertThat(bed.messaging.sentTo(c)).noneMatch(m -> m instanceof PrivateMessage.RoomKey);
        assertThat(bed.events.names()).contains("room_key_rotated");
    }

    @Test
    void aLateJoinerGetsOnlyTheCurrentEpoch() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        bed.sessions.verifyToken(bed.token("clinic", "alice"));
        bed.sessions.verifyToken(bed.token("clinic", "carol"));
        bed.participantAdmin.removeParticipant(bed.server,
                new RemoveParticipantCommand(RoomName.of("clinic"), Identity.of("carol"), true));

        SessionGrant dave = bed.sessions.verifyToken(bed.token("clinic", "dave"));

        assertThat(dave.roomKey().orElseThrow().epoch()).isEqualTo(1);
        assertThat(bed.messaging.sentTo(dave.participant().sid())).isEmpty();
    }

    @Test
    void keysAreSealedAtRestUnderARoomAndEpochBoundContext() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        byte[] key = bed.sessions.verifyToken(bed.token("clinic", "alice")).roomKey().orElseThrow().key();
        String roomSid = bed.rooms.find(RoomName.of("clinic")).orElseThrow().sid();
        byte[] stored = bed.roomKeyStore.current(roomSid).orElseThrow().sealed().blob();
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(HexFormat.of().formatHex(key));
    }

    @Test
    void roomsWithoutServerManagedKeysNeverGetOne() {
        bed.createRoom("open", KeyPolicy.NONE);
        bed.createRoom("private", KeyPolicy.PARTICIPANT_SUPPLIED);
        assertThat(bed.sessions.verifyToken(bed.token("open", "alice")).roomKey()).isEmpty();
        SessionGrant supplied = bed.sessions.verifyToken(bed.token("private", "alice"));
        assertThat(supplied.roomKey()).isEmpty();
        assertThat(supplied.keyPolicy()).isEqualTo(KeyPolicy.PARTICIPANT_SUPPLIED);
        bed.participantAdmin.removeParticipant(bed.server,
                new RemoveParticipantCommand(RoomName.of("private"), Identity.of("alice"), false));
        assertThat(bed.events.names()).doesNotContain("room_key_rotated");
    }

    @Test
    void scheduledRotationRotatesOnlyKeysOlderThanTheInterval() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        SessionGrant alice = bed.sessions.verifyToken(bed.token("clinic", "alice"));
        bed.clock.advance(Duration.ofMinutes(30));
        assertThat(bed.roomKeys.rotateDue()).isEmpty();
        bed.clock.advance(Duration.ofMinutes(31));
        assertThat(bed.roomKeys.rotateDue()).hasSize(1);
        PrivateMessage.RoomKey next = (PrivateMessage.RoomKey) bed.messaging.sentTo(alice.participant().sid()).get(0);
        assertThat(next.epoch()).isEqualTo(1);
    }

    @Test
    void endingTheRoomForgetsItsKeys() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        bed.sessions.verifyToken(bed.token("clinic", "alice"));
        String roomSid = bed.rooms.find(RoomName.of("clinic")).orElseThrow().sid();
        bed.roomAdmin.deleteRoom(bed.server, RoomName.of("clinic"));
        assertThat(bed.roomKeyStore.history(roomSid)).isEmpty();
    }

    @Test
    void theKeyIndexWrapsAtTheClientKeyRingSize() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        SessionGrant alice = bed.sessions.verifyToken(bed.token("clinic", "alice"));
        var room = bed.rooms.find(RoomName.of("clinic")).orElseThrow();
        for (int i = 0; i < 256; i++) {
            bed.roomKeys.rotate(room, dev.parley.domain.key.RotationReason.ADMIN_REQUEST);
        }
        List<PrivateMessage> got = bed.messaging.sentTo(alice.participant().sid());
        PrivateMessage.RoomKey last = (PrivateMessage.RoomKey) got.get(got.size() - 1);
        assertThat(last.epoch()).isEqualTo(256);
        assertThat(last.keyIndex()).isZero();
    }
}
