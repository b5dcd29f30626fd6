package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.room.RoomName;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PermissionUpdate is partial: a null field keeps the current value, an absent optional stays absent. */
class PermissionUpdateTest {

    private static final RoomName R1 = RoomName.of("r1");

    private static PermissionUpdate canPublish(Boolean v) {
        return new PermissionUpdate(v, null, null, null, null, null, null);
    }

    @Test
    void nothingChangesNothing() {
        VideoGrant full = new VideoGrant(true, true, true, true, true, "r1", false, true, true,
                Set.of(TrackSource.CAMERA), true, true, true, true, true, "r2");

        assertThat(PermissionUpdate.nothing().isEmpty()).isTrue();
        assertThat(PermissionUpdate.nothing().applyTo(full)).isEqualTo(full);
        assertThat(PermissionUpdate.nothing().applyTo(VideoGrant.join("r1"))).isEqualTo(VideoGrant.join("r1"));
    }

    @Test
    void isEmptyOnlyWhenNoFieldIsGiven() {
        assertThat(canPublish(false).isEmpty()).isFalse();
        assertThat(new PermissionUpdate(null, true, null, null, null, null, null).isEmpty()).isFalse();
        assertThat(new PermissionUpdate(null, null, true, null, null, null, null).isEmpty()).isFalse();
        assertThat(new PermissionUpdate(null, null, null, Set.of(), null, null, null).isEmpty()).isFalse();
        assertThat(new PermissionUpdate(null, null, null, null, true, null, null).isEmpty()).isFalse();
        assertThat(new PermissionUpdate(null, null, null, null, null, false, null).isEmpty()).isFalse();
        assertThat(new PermissionUpdate(null, null, null, null, null, null, false).isEmpty()).isFalse();
    }

    @Test
    void nullFieldKeepsTheValue() {
        VideoGrant before = VideoGrant.join("r1").toBuilder().canSubscribe(false).canUpdateOwnMetadata(true)
                .canPublishSources(Set.of(TrackSource.MICROPHONE)).hidden(true).recorder(true).build();

        VideoGrant after = canPublish(false).applyTo(before);

        assertThat(after.canPublish()).isFalse();
        assertThat(after.canSubscribe()).isFalse();
        assertThat(after.canUpdateOwnMetadata()).isTrue();
        assertThat(after.canPublishSources()).containsExactly(TrackSource.MICROPHONE);
        assertThat(after.hidden()).isTrue();
        assertThat(after.recorder()).isTrue();
        assertThat(after.roomJoin()).isTrue();
        assertThat(after.room()).isEqualTo("r1");
    }

    @Test
    void nullFieldKeepsAnAbsentOptionalAbsent() {
        VideoGrant after = canPublish(false).applyTo(VideoGrant.join("r1"));

        assertThat(after.canPublishData()).isNull();
        assertThat(after.canSubscribe()).isNull();
        assertThat(after.canUpdateOwnMetadata()).isNull();
        assertThat(after.effectiveCanSubscribe()).isTrue();
        assertThat(after.effectiveCanUpdateOwnMetadata()).isFalse();
    }

    @Test
    void settingCanPublishFalseLeavesCanPublishDataAbsentSoDataIsDenied() {
        VideoGrant after = canPublish(false).applyTo(VideoGrant.join("r1"));

        assertThat(AccessPolicy.standard().decide(after, new Action.PublishData(R1)))
                .isEqualTo(Decision.deny(DenyReason.PUBLISH_DATA_NOT_GRANTED));
        assertThat(AccessPolicy.standard().decide(after, new Action.PublishTrack(R1, TrackSource.CAMERA)))
                .isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
    }

    @Test
    void settingCanPublishFalseKeepsAnExplicitCanPublishData() {
        VideoGrant before = VideoGrant.join("r1").toBuilder().canPublishData(true).build();

        VideoGrant after = canPublish(false).applyTo(before);

        assertThat(AccessPolicy.standard().decide(after, new Action.PublishData(R1))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void everyGivenFieldIsApplied() {
        PermissionUpdate update = new PermissionUpdate(true, false, false, Set.of(TrackSource.SCREEN_SHARE), true, true, true);

        VideoGrant after = update.applyTo(VideoGrant.join("r1").toBuilder().canPublish(false).build());

        assertThat(after).isEqualTo(VideoGrant.join("r1").toBuilder().canPublish(true).canSubscribe(false)
                .canPublishData(false).canPublishSources(Set.of(TrackSource.SCREEN_SHARE)).canUpdateOwnMetadata(true)
                .hidden(true).recorder(true).build());
    }

    @Test
    void emptySourceSetMeansEverySourceAgain() {
        VideoGrant before = VideoGrant.join("r1").toBuilder().canPublishSources(Set.of(TrackSource.CAMERA)).build();

        VideoGrant after = new PermissionUpdate(null, null, null, Set.of(), null, null, null).applyTo(before);

        assertThat(after.canPublishSources()).isEmpty();
        assertThat(after.mayPublishSource(TrackSource.SCREEN_SHARE)).isTrue();
    }

    @Test
    void updateNeverTouchesRoomOrServerFlags() {
        VideoGrant before = VideoGrant.join("r1");
        PermissionUpdate everything = new PermissionUpdate(true, true, true, Set.of(TrackSource.CAMERA), true, true, true);

        VideoGrant after = everything.applyTo(before);

        assertThat(after.roomAdmin() || after.roomCreate() || after.roomList() || after.roomRecord()
                || after.ingressAdmin() || after.agent()).isFalse();
        assertThat(after.room()).isEqualTo("r1");
        assertThat(after.destinationRoom()).isEmpty();
    }
}
