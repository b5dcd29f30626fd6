package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.room.RoomName;
import org.junit.jupiter.api.Test;

/** AccessPolicy's contract as a function: total over its inputs, pure, null-hostile. */
class AccessPolicyTest {

    private static final RoomName R1 = RoomName.of("r1");

    @Test
    void decideRefusesNullGrantOrAction() {
        AccessPolicy policy = AccessPolicy.standard();

        assertThatThrownBy(() -> policy.decide(null, new Action.JoinRoom(R1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> policy.decide(VideoGrant.join("r1"), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void decideIsPure() {
        AccessPolicy policy = AccessPolicy.standard();
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublish(false).build();
        VideoGrant copy = grant.toBuilder().build();

        Decision first = policy.decide(grant, new Action.PublishData(R1));
        Decision second = policy.decide(grant, new Action.PublishData(R1));

        assertThat(first).isEqualTo(second).isEqualTo(Decision.deny(DenyReason.PUBLISH_DATA_NOT_GRANTED));
        assertThat(grant).isEqualTo(copy);
    }

    @Test
    void emptyGrantDeniesEveryAction() {
        AccessPolicy policy = AccessPolicy.standard();
        for (Action a : new Action[] {new Action.JoinRoom(R1), new Action.PublishTrack(R1, TrackSource.CAMERA),
                new Action.PublishData(R1), new Action.Subscribe(R1), new Action.UpdateOwnMetadata(R1),
                new Action.AdministerRoom(R1, AdminOperation.MINT_TOKEN), new Action.CreateRoom(R1),
                new Action.ListRooms(), new Action.DeleteRoom(R1), new Action.RecordRoom(R1), new Action.ManageIngress()}) {
            assertThat(policy.decide(VideoGrant.none(), a).isAllowed()).as(a.toString()).isFalse();
        }
    }
}
