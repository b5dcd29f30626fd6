package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LiveKit's defaults for the optional video-grant fields, read through the effective accessors. */
class VideoGrantDefaultsTest {

    private static VideoGrant.Builder joinR1() {
        return VideoGrant.join("r1").toBuilder();
    }

    @Test
    void canPublishDefaultsToTrue() {
        assertThat(joinR1().build().canPublish()).isNull();
        assertThat(joinR1().build().effectiveCanPublish()).isTrue();
        assertThat(joinR1().canPublish(true).build().effectiveCanPublish()).isTrue();
        assertThat(joinR1().canPublish(false).build().effectiveCanPublish()).isFalse();
    }

    @Test
    void canSubscribeDefaultsToTrue() {
        assertThat(joinR1().build().canSubscribe()).isNull();
        assertThat(joinR1().build().effectiveCanSubscribe()).isTrue();
        assertThat(joinR1().canSubscribe(true).build().effectiveCanSubscribe()).isTrue();
        assertThat(joinR1().canSubscribe(false).build().effectiveCanSubscribe()).isFalse();
    }

    @Test
    void canPublishDataDefaultsToEffectiveCanPublish() {
        assertThat(joinR1().build().effectiveCanPublishData()).isTrue();
        assertThat(joinR1().canPublish(true).build().effectiveCanPublishData()).isTrue();
        assertThat(joinR1().canPublish(false).build().effectiveCanPublishData()).isFalse();
    }

    @Test
    void canPublishDataWhenSetOverridesCanPublish() {
        assertThat(joinR1().canPublish(false).canPublishData(true).build().effectiveCanPublishData()).isTrue();
        assertThat(joinR1().canPublish(true).canPublishData(false).build().effectiveCanPublishData()).isFalse();
        assertThat(joinR1().canPublishData(false).build().effectiveCanPublishData()).isFalse();
        assertThat(joinR1().canPublishData(false).build().effectiveCanPublish()).isTrue();
    }

    @Test
    void canUpdateOwnMetadataDefaultsToFalse() {
        assertThat(joinR1().build().canUpdateOwnMetadata()).isNull();
        assertThat(joinR1().build().effectiveCanUpdateOwnMetadata()).isFalse();
        assertThat(joinR1().canUpdateOwnMetadata(false).build().effectiveCanUpdateOwnMetadata()).isFalse();
        assertThat(joinR1().canUpdateOwnMetadata(true).build().effectiveCanUpdateOwnMetadata()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TrackSource.class)
    void canPublishSourcesEmptyMeansEverySource(TrackSource source) {
        assertThat(joinR1().build().mayPublishSource(source)).isTrue();
        assertThat(joinR1().canPublishSources(Set.of()).build().mayPublishSource(source)).isTrue();
        assertThat(joinR1().canPublishSources(null).build().mayPublishSource(source)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TrackSource.class)
    void canPublishSourcesNonEmptyAllowsOnlyListed(TrackSource listed) {
        VideoGrant grant = joinR1().canPublishSources(Set.of(listed)).build();

        for (TrackSource source : TrackSource.values()) {
            assertThat(grant.mayPublishSource(source)).as(source.name()).isEqualTo(source == listed);
        }
    }

    @ParameterizedTest
    @EnumSource(TrackSource.class)
    void canPublishSourcesIrrelevantWhenCanPublishFalse(TrackSource source) {
        assertThat(joinR1().canPublish(false).build().mayPublishSource(source)).isFalse();
        assertThat(joinR1().canPublish(false).canPublishSources(EnumSet.allOf(TrackSource.class)).build()
                .mayPublishSource(source)).isFalse();
        assertThat(joinR1().canPublish(false).canPublishSources(Set.of(source)).build().mayPublishSource(source)).isFalse();
    }
}
