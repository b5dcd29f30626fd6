package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.room.RoomName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** AccessPolicy's rules for administrative and server-wide actions (other than DeleteRoom). */
class AdminActionRulesTest {

    private static final RoomName R1 = RoomName.of("r1");
    private final AccessPolicy policy = AccessPolicy.standard();

    private static VideoGrant admin(String room) {
        return VideoGrant.builder().roomAdmin(true).room(room).build();
    }

    @ParameterizedTest
    @EnumSource(AdminOperation.class)
    void roomAdminOnlyForItsOwnRoom(AdminOperation op) {
        assertThat(policy.decide(admin("r1"), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(admin("r2"), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
        assertThat(policy.decide(admin("R1"), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
    }

    @ParameterizedTest
    @EnumSource(AdminOperation.class)
    void roomAdminWithEmptyGrantRoomIsDeniedGrantRoomMissing(AdminOperation op) {
        assertThat(policy.decide(admin(""), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISSING));
        assertThat(policy.decide(admin(null), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISSING));
    }

    @ParameterizedTest
    @EnumSource(AdminOperation.class)
    void roomAdminWildcardRoomMatchesNoRoom(AdminOperation op) {
        assertThat(policy.decide(admin("*"), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
        assertThat(policy.decide(admin(">"), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
    }

    @ParameterizedTest
    @EnumSource(AdminOperation.class)
    void roomAdminDoesNotNeedRoomJoin(AdminOperation op) {
        assertThat(admin("r1").roomJoin()).isFalse();
        assertThat(policy.decide(admin("r1"), new Action.AdministerRoom(R1, op))).isEqualTo(Decision.ALLOW);
    }

    @ParameterizedTest
    @EnumSource(AdminOperation.class)
    void roomJoinNeverAdministers(AdminOperation op) {
        VideoGrant participant = VideoGrant.join("r1").toBuilder().canUpdateOwnMetadata(true).build();

        assertThat(policy.decide(participant, new Action.AdministerRoom(R1, op))).isEqualTo(Decision.deny(DenyReason.ROOM_ADMIN_NOT_GRANTED));
    }

    @Test
    void createRoomNeedsRoomCreate() {
        assertThat(policy.decide(VideoGrant.builder().roomCreate(true).build(), new Action.CreateRoom(R1))).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(VideoGrant.builder().roomAdmin(true).roomList(true).roomRecord(true).room("r1").build(),
                new Action.CreateRoom(R1))).isEqualTo(Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED));
    }

    @Test
    void createRoomIsNotScopedByGrantRoomAsInLiveKit() {
        assertThat(policy.decide(VideoGrant.builder().roomCreate(true).room("r2").build(), new Action.CreateRoom(R1)))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void listRoomsNeedsRoomList() {
        assertThat(policy.decide(VideoGrant.builder().roomList(true).build(), new Action.ListRooms())).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(VideoGrant.builder().roomList(true).room("r2").build(), new Action.ListRooms())).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(VideoGrant.builder().roomAdmin(true).roomCreate(true).room("r1").build(), new Action.ListRooms()))
                .isEqualTo(Decision.deny(DenyReason.ROOM_LIST_NOT_GRANTED));
    }

    @Test
    void recordRoomNeedsRoomRecord() {
        assertThat(policy.decide(VideoGrant.builder().roomRecord(true).build(), new Action.RecordRoom(R1))).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(VideoGrant.builder().roomAdmin(true).room("r1").build(), new Action.RecordRoom(R1)))
                .isEqualTo(Decision.deny(DenyReason.ROOM_RECORD_NOT_GRANTED));
    }

    @Test
    void recordRoomHonoursTheGrantRoomWhenItNamesOne() {
        assertThat(policy.decide(VideoGrant.builder().roomRecord(true).room("r1").build(), new Action.RecordRoom(R1))).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(VideoGrant.builder().roomRecord(true).room("r2").build(), new Action.RecordRoom(R1)))
                .isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
    }

    @Test
    void recorderFlagIsNotRoomRecord() {
        VideoGrant recorder = VideoGrant.join("r1").toBuilder().recorder(true).hidden(true).build();

        assertThat(policy.decide(recorder, new Action.RecordRoom(R1))).isEqualTo(Decision.deny(DenyReason.ROOM_RECORD_NOT_GRANTED));
    }

    @Test
    void manageIngressNeedsIngressAdmin() {
        assertThat(policy.decide(VideoGrant.builder().ingressAdmin(true).build(), new Action.ManageIngress())).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide(VideoGrant.builder().roomAdmin(true).roomCreate(true).room("r1").build(), new Action.ManageIngress()))
                .isEqualTo(Decision.deny(DenyReason.INGRESS_ADMIN_NOT_GRANTED));
    }
}
