package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TrackSource claim values and protobuf numbers are LiveKit's. */
class TrackSourceTest {

    @Test
    void claimValuesAreLiveKits() {
        assertThat(TrackSource.CAMERA.claimValue()).isEqualTo("camera");
        assertThat(TrackSource.MICROPHONE.claimValue()).isEqualTo("microphone");
        assertThat(TrackSource.SCREEN_SHARE.claimValue()).isEqualTo("screen_share");
        assertThat(TrackSource.SCREEN_SHARE_AUDIO.claimValue()).isEqualTo("screen_share_audio");
    }

    @Test
    void protoNumbersAreLiveKits() {
        assertThat(TrackSource.CAMERA.protoNumber()).isEqualTo(1);
        assertThat(TrackSource.MICROPHONE.protoNumber()).isEqualTo(2);
        assertThat(TrackSource.SCREEN_SHARE.protoNumber()).isEqualTo(3);
        assertThat(TrackSource.SCREEN_SHARE_AUDIO.protoNumber()).isEqualTo(4);
    }

    @Test
    void fromClaimParsesClaimValuesAndEnumNamesCaseInsensitively() {
        for (TrackSource s : TrackSource.values()) {
            assertThat(TrackSource.fromClaim(s.claimValue())).contains(s);
            assertThat(TrackSource.fromClaim(s.name())).contains(s);
        }
        assertThat(TrackSource.fromClaim("Screen_Share")).contains(TrackSource.SCREEN_SHARE);
    }

    @Test
    void fromClaimRejectsUnknownValues() {
        assertThat(TrackSource.fromClaim(null)).isEmpty();
        assertThat(TrackSource.fromClaim("")).isEmpty();
        assertThat(TrackSource.fromClaim("unknown")).isEmpty();
        assertThat(TrackSource.fromClaim("screen")).isEmpty();
        assertThat(TrackSource.fromClaim("screenshare")).isEmpty();
        assertThat(TrackSource.fromClaim(" camera")).isEmpty();
        assertThat(TrackSource.fromClaim("1")).isEmpty();
    }
}
