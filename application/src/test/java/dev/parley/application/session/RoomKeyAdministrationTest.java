package dev.parley.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.roomkey.RoomKeyAdministrationService;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.trust.TrustLevel;
import org.junit.jupiter.api.Test;

/** Rotation on an administrator's request: who may ask, for which rooms, and what it does. */
class RoomKeyAdministrationTest {

    private final SessionTestBed bed = new SessionTestBed();
    private final RoomKeyAdministrationService admin =
            new RoomKeyAdministrationService(bed.rooms, bed.roomKeys, bed.authorizer);

    @Test
    void anApiSecretHolderStartsTheNextEpochAndEveryParticipantReceivesIt() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        String sid = bed.sessions.verifyToken(bed.token("clinic", "alice")).participant().sid();

        assertThat(admin.rotateRoomKey(bed.server, RoomName.of("clinic")).number()).isEqualTo(1);

        assertThat(bed.messaging.sentTo(sid)).singleElement().isInstanceOfSatisfying(PrivateMessage.RoomKey.class,
                k -> assertThat(k.epoch()).isEqualTo(1));
        assertThat(bed.audit.events()).anyMatch(e -> e.action().equals("room.key.rotate") && e.outcome() == AuditOutcome.ALLOWED);
    }

    @Test
    void aTokenHolderMayNotRotateEvenAsRoomAdmin() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        Caller roomAdmin = Caller.withGrant(TrustLevel.PARTICIPANT, "mallory",
                VideoGrant.builder().roomAdmin(true).room("clinic").build());
        assertThatThrownBy(() -> admin.rotateRoomKey(roomAdmin, RoomName.of("clinic")))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("trust_level_insufficient");
        assertThat(bed.audit.events()).anyMatch(e -> e.action().equals("room.key.rotate") && e.outcome() == AuditOutcome.DENIED);
        assertThat(bed.roomKeyStore.history(bed.rooms.find(RoomName.of("clinic")).orElseThrow().sid())).isEmpty();
    }

    @Test
    void aRoomWhoseKeysParleyDoesNotHoldIsAConflict() {
        bed.createRoom("open", KeyPolicy.NONE);
        bed.createRoom("private", KeyPolicy.PARTICIPANT_SUPPLIED);
        for (String room : new String[] {"open", "private"}) {
            assertThatThrownBy(() -> admin.rotateRoomKey(bed.server, RoomName.of(room)))
                    .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("room_key_not_server_managed");
        }
    }

    @Test
    void anUnknownOrEndedRoomIsNotFound() {
        bed.createRoom("clinic", KeyPolicy.SERVER_MANAGED);
        bed.roomAdmin.deleteRoom(bed.server, RoomName.of("clinic"));
        for (String room : new String[] {"clinic", "nowhere"}) {
            assertThatThrownBy(() -> admin.rotateRoomKey(bed.server, RoomName.of(room)))
                    .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("room_not_found");
        }
    }
}
