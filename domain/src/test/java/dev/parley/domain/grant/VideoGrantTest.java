package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** VideoGrant's construction, normalisation, builder and room scoping. */
class VideoGrantTest {

    @Test
    void noneSetsNothing() {
        VideoGrant g = VideoGrant.none();

        assertThat(g.roomCreate() || g.roomList() || g.roomRecord() || g.roomAdmin() || g.roomJoin()
                || g.ingressAdmin() || g.hidden() || g.recorder() || g.agent()).isFalse();
        assertThat(g.room()).isEmpty();
        assertThat(g.destinationRoom()).isEmpty();
        assertThat(g.canPublish()).isNull();
        assertThat(g.canSubscribe()).isNull();
        assertThat(g.canPublishData()).isNull();
        assertThat(g.canUpdateOwnMetadata()).isNull();
        assertThat(g.canPublishSources()).isEmpty();
    }

    @Test
    void joinSetsRoomJoinAndRoomAndLeavesOptionalsAbsent() {
        VideoGrant g = VideoGrant.join("r1");

        assertThat(g.roomJoin()).isTrue();
        assertThat(g.room()).isEqualTo("r1");
        assertThat(g).isEqualTo(VideoGrant.none().toBuilder().roomJoin(true).room("r1").build());
    }

    @Test
    void nullRoomsBecomeEmpty() {
        VideoGrant g = VideoGrant.builder().room(null).destinationRoom(null).build();

        assertThat(g.room()).isEmpty();
        assertThat(g.destinationRoom()).isEmpty();
    }

    @Test
    void canPublishSourcesIsCopiedAndImmutable() {
        Set<TrackSource> sources = new HashSet<>(Set.of(TrackSource.CAMERA));
        VideoGrant g = VideoGrant.builder().canPublishSources(sources).build();
        sources.add(TrackSource.MICROPHONE);

        assertThat(g.canPublishSources()).containsExactly(TrackSource.CAMERA);
        assertThatThrownBy(() -> g.canPublishSources().add(TrackSource.SCREEN_SHARE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void grantsWithTheSameSourcesAreEqualWhateverTheSetType() {
        VideoGrant a = VideoGrant.builder().canPublishSources(EnumSet.of(TrackSource.CAMERA, TrackSource.MICROPHONE)).build();
        VideoGrant b = VideoGrant.builder().canPublishSources(new HashSet<>(Set.of(TrackSource.MICROPHONE, TrackSource.CAMERA))).build();

        assertThat(a).isEqualTo(b);
    }

    @Test
    void builderRoundTripsEveryField() {
        VideoGrant g = new VideoGrant(true, true, true, true, true, "r1", false, false, true,
                Set.of(TrackSource.SCREEN_SHARE), true, true, true, true, true, "r2");

        assertThat(g.toBuilder().build()).isEqualTo(g);
        assertThat(VideoGrant.builder().roomCreate(true).roomList(true).roomRecord(true).roomAdmin(true)
                .roomJoin(true).room("r1").canPublish(false).canSubscribe(false).canPublishData(true)
                .canPublishSources(Set.of(TrackSource.SCREEN_SHARE)).canUpdateOwnMetadata(true)
                .ingressAdmin(true).hidden(true).recorder(true).agent(true).destinationRoom("r2").build())
                .isEqualTo(g);
    }

    @Test
    void isForRoomNeedsAnExactNonEmptyMatch() {
        assertThat(VideoGrant.join("r1").isForRoom("r1")).isTrue();
        assertThat(VideoGrant.join("r1").isForRoom("r2")).isFalse();
        assertThat(VideoGrant.join("r1").isForRoom("R1")).isFalse();
        assertThat(VideoGrant.join("r1").isForRoom("r10")).isFalse();
        assertThat(VideoGrant.join("r").isForRoom("r1")).isFalse();
        assertThat(VideoGrant.join("*").isForRoom("r1")).isFalse();
        assertThat(VideoGrant.join("").isForRoom("")).isFalse();
        assertThat(VideoGrant.none().isForRoom("r1")).isFalse();
    }
}
