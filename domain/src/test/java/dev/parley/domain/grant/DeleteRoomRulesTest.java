package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.room.RoomName;
import org.junit.jupiter.api.Test;

/** Which grant DeleteRoom needs under each RoomDeletionRule. */
class DeleteRoomRulesTest {

    private static final Action DELETE_R1 = new Action.DeleteRoom(RoomName.of("r1"));
    private final AccessPolicy compatible = new AccessPolicy(RoomDeletionRule.LIVEKIT_COMPATIBLE);
    private final AccessPolicy strict = new AccessPolicy(RoomDeletionRule.STRICT);

    private static VideoGrant grant(boolean create, boolean admin, String room) {
        return VideoGrant.builder().roomCreate(create).roomAdmin(admin).room(room).build();
    }

    @Test
    void standardPolicyUsesLiveKitCompatibleDeletion() {
        assertThat(AccessPolicy.standard().decide(grant(true, false, ""), DELETE_R1)).isEqualTo(Decision.ALLOW);
        assertThat(AccessPolicy.standard().decide(grant(true, false, "r2"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
    }

    @Test
    void deleteRoomLiveKitCompatibleNeedsRoomCreate() {
        assertThat(compatible.decide(grant(true, false, ""), DELETE_R1)).isEqualTo(Decision.ALLOW);
        assertThat(compatible.decide(grant(false, true, "r1"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED));
        assertThat(compatible.decide(VideoGrant.join("r1"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED));
    }

    @Test
    void deleteRoomLiveKitCompatibleHonoursTheGrantRoomWhenItNamesOne() {
        assertThat(compatible.decide(grant(true, false, "r1"), DELETE_R1)).isEqualTo(Decision.ALLOW);
        assertThat(compatible.decide(grant(true, false, "r2"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
        assertThat(compatible.decide(grant(true, false, "*"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
    }

    @Test
    void deleteRoomStrictNeedsRoomCreateFirst() {
        assertThat(strict.decide(grant(false, true, "r1"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED));
        assertThat(strict.decide(grant(false, false, ""), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED));
    }

    @Test
    void deleteRoomStrictAlsoNeedsRoomAdminForThatRoom() {
        assertThat(strict.decide(grant(true, true, "r1"), DELETE_R1)).isEqualTo(Decision.ALLOW);
        assertThat(strict.decide(grant(true, false, "r1"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.ROOM_ADMIN_NOT_GRANTED));
        assertThat(strict.decide(grant(true, true, "r2"), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
    }

    @Test
    void deleteRoomStrictWithoutGrantRoomIsDeniedGrantRoomMissing() {
        assertThat(strict.decide(grant(true, true, ""), DELETE_R1)).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISSING));
    }

    @Test
    void deletionRuleDoesNotChangeOtherActions() {
        VideoGrant g = grant(true, false, "r2");
        RoomName r1 = RoomName.of("r1");
        for (Action a : new Action[] {new Action.CreateRoom(r1), new Action.ListRooms(),
                new Action.AdministerRoom(r1, AdminOperation.END_ROOM), new Action.JoinRoom(r1)}) {
            assertThat(strict.decide(g, a)).as(a.toString()).isEqualTo(compatible.decide(g, a));
        }
    }

    @Test
    void policyRequiresADeletionRule() {
        assertThatThrownBy(() -> new AccessPolicy(null)).isInstanceOf(NullPointerException.class);
    }
}
