package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.room.RoomName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** AccessPolicy's rules for the actions of a participant inside a room. */
class ParticipantActionRulesTest {

    private static final RoomName R1 = RoomName.of("r1");
    private final AccessPolicy policy = AccessPolicy.standard();

    private static List<Action> participantActions(RoomName room) {
        List<Action> actions = new ArrayList<>(List.of(new Action.JoinRoom(room), new Action.PublishData(room),
                new Action.Subscribe(room), new Action.UpdateOwnMetadata(room)));
        for (TrackSource s : TrackSource.values()) {
            actions.add(new Action.PublishTrack(room, s));
        }
        return actions;
    }

    /** A grant that would allow every participant action if it had roomJoin for r1. */
    private static VideoGrant.Builder everything() {
        return VideoGrant.builder().room("r1").canPublish(true).canSubscribe(true).canPublishData(true)
                .canUpdateOwnMetadata(true).roomAdmin(true).roomCreate(true).roomList(true).roomRecord(true);
    }

    private Decision decide(VideoGrant grant, Action action) {
        return policy.decide(grant, action);
    }

    @Test
    void participantActionsNeedRoomJoin() {
        for (Action a : participantActions(R1)) {
            assertThat(decide(everything().build(), a)).as(a.toString()).isEqualTo(Decision.deny(DenyReason.ROOM_JOIN_NOT_GRANTED));
            assertThat(decide(everything().roomJoin(true).build(), a)).as(a.toString()).isEqualTo(Decision.ALLOW);
        }
    }

    @Test
    void participantActionsNeedTheExactRoom() {
        for (Action a : participantActions(R1)) {
            assertThat(decide(everything().roomJoin(true).room("r2").build(), a)).as(a.toString())
                    .isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
        }
    }

    @Test
    void participantActionsWithoutGrantRoomAreDeniedGrantRoomMissing() {
        for (Action a : participantActions(R1)) {
            assertThat(decide(everything().roomJoin(true).room("").build(), a)).as(a.toString())
                    .isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISSING));
        }
    }

    @Test
    void grantRoomMatchIsCaseSensitiveAndHasNoWildcards() {
        for (String room : List.of("R1", "r", "r10", "*", ">", "r1-", "r1_")) {
            assertThat(decide(VideoGrant.join(room), new Action.JoinRoom(R1))).as(room)
                    .isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
        }
    }

    @Test
    void joinRoomNeedsOnlyRoomJoinForThatRoom() {
        assertThat(decide(VideoGrant.join("r1"), new Action.JoinRoom(R1))).isEqualTo(Decision.ALLOW);
        VideoGrant nothingElse = VideoGrant.join("r1").toBuilder().canPublish(false).canSubscribe(false)
                .canPublishData(false).canUpdateOwnMetadata(false).build();
        assertThat(decide(nothingElse, new Action.JoinRoom(R1))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void canPublishDefaultsToTrue() {
        for (TrackSource s : TrackSource.values()) {
            assertThat(decide(VideoGrant.join("r1"), new Action.PublishTrack(R1, s))).isEqualTo(Decision.ALLOW);
        }
    }

    @Test
    void canPublishFalseDeniesEverySource() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublish(false).build();
        for (TrackSource s : TrackSource.values()) {
            assertThat(decide(grant, new Action.PublishTrack(R1, s))).isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
        }
    }

    @Test
    void canPublishSourcesNonEmptyAllowsOnlyListed() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublishSources(Set.of(TrackSource.MICROPHONE)).build();

        assertThat(decide(grant, new Action.PublishTrack(R1, TrackSource.MICROPHONE))).isEqualTo(Decision.ALLOW);
        for (TrackSource s : List.of(TrackSource.CAMERA, TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO)) {
            assertThat(decide(grant, new Action.PublishTrack(R1, s))).as(s.name())
                    .isEqualTo(Decision.deny(DenyReason.PUBLISH_SOURCE_NOT_GRANTED));
        }
    }

    @Test
    void canPublishSourcesIrrelevantWhenCanPublishFalse() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublish(false).canPublishSources(Set.of(TrackSource.CAMERA)).build();

        assertThat(decide(grant, new Action.PublishTrack(R1, TrackSource.CAMERA))).isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
        assertThat(decide(grant, new Action.PublishTrack(R1, TrackSource.MICROPHONE))).isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
    }

    @Test
    void canPublishSourcesDoNotRestrictData() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublishSources(Set.of(TrackSource.CAMERA)).build();

        assertThat(decide(grant, new Action.PublishData(R1))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void canPublishDataDefaultsToEffectiveCanPublish() {
        VideoGrant.Builder b = VideoGrant.join("r1").toBuilder();

        assertThat(decide(b.build(), new Action.PublishData(R1))).isEqualTo(Decision.ALLOW);
        assertThat(decide(b.canPublish(true).build(), new Action.PublishData(R1))).isEqualTo(Decision.ALLOW);
        assertThat(decide(b.canPublish(false).build(), new Action.PublishData(R1))).isEqualTo(Decision.deny(DenyReason.PUBLISH_DATA_NOT_GRANTED));
    }

    @Test
    void canPublishDataTrueAllowsDataWithoutCanPublish() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublish(false).canPublishData(true).build();

        assertThat(decide(grant, new Action.PublishData(R1))).isEqualTo(Decision.ALLOW);
        assertThat(decide(grant, new Action.PublishTrack(R1, TrackSource.CAMERA))).isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
    }

    @Test
    void canPublishDataFalseDeniesDataButNotTracks() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().canPublishData(false).build();

        assertThat(decide(grant, new Action.PublishData(R1))).isEqualTo(Decision.deny(DenyReason.PUBLISH_DATA_NOT_GRANTED));
        assertThat(decide(grant, new Action.PublishTrack(R1, TrackSource.CAMERA))).isEqualTo(Decision.ALLOW);
    }

    @Test
    void canSubscribeDefaultsToTrue() {
        assertThat(decide(VideoGrant.join("r1"), new Action.Subscribe(R1))).isEqualTo(Decision.ALLOW);
        assertThat(decide(VideoGrant.join("r1").toBuilder().canSubscribe(false).build(), new Action.Subscribe(R1)))
                .isEqualTo(Decision.deny(DenyReason.SUBSCRIBE_NOT_GRANTED));
    }

    @Test
    void canUpdateOwnMetadataDefaultsToFalse() {
        assertThat(decide(VideoGrant.join("r1"), new Action.UpdateOwnMetadata(R1)))
                .isEqualTo(Decision.deny(DenyReason.UPDATE_OWN_METADATA_NOT_GRANTED));
        assertThat(decide(VideoGrant.join("r1").toBuilder().canUpdateOwnMetadata(true).build(), new Action.UpdateOwnMetadata(R1)))
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void roomAdminDoesNotGrantParticipantCapabilities() {
        VideoGrant grant = VideoGrant.join("r1").toBuilder().roomAdmin(true).canPublish(false).build();

        assertThat(decide(grant, new Action.PublishTrack(R1, TrackSource.CAMERA))).isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
        assertThat(decide(grant, new Action.UpdateOwnMetadata(R1))).isEqualTo(Decision.deny(DenyReason.UPDATE_OWN_METADATA_NOT_GRANTED));
    }

    @Test
    void hiddenRecorderAndAgentFlagsDecideNothing() {
        VideoGrant plain = VideoGrant.join("r1");
        VideoGrant flagged = plain.toBuilder().hidden(true).recorder(true).agent(true).destinationRoom("r2").build();
        for (Action a : participantActions(R1)) {
            assertThat(decide(flagged, a)).as(a.toString()).isEqualTo(decide(plain, a));
        }
    }

    @Test
    void firstFailingRuleIsTheReason() {
        VideoGrant noJoinWrongRoomNoPublish = VideoGrant.builder().room("r2").canPublish(false).build();
        VideoGrant wrongRoomNoPublish = noJoinWrongRoomNoPublish.toBuilder().roomJoin(true).build();
        VideoGrant noPublishButSourceListed = wrongRoomNoPublish.toBuilder().room("r1").canPublishSources(Set.of(TrackSource.MICROPHONE)).build();
        Action camera = new Action.PublishTrack(R1, TrackSource.CAMERA);

        assertThat(decide(noJoinWrongRoomNoPublish, camera)).isEqualTo(Decision.deny(DenyReason.ROOM_JOIN_NOT_GRANTED));
        assertThat(decide(wrongRoomNoPublish, camera)).isEqualTo(Decision.deny(DenyReason.GRANT_ROOM_MISMATCH));
        assertThat(decide(noPublishButSourceListed, camera)).isEqualTo(Decision.deny(DenyReason.PUBLISH_NOT_GRANTED));
    }
}
