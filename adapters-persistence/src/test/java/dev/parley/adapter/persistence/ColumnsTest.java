package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.room.Feature;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks and conversions on the way into a column. */
class ColumnsTest {

    @Test
    void instantsAreTruncatedToMicroseconds() {
        assertThat(Columns.instant(Instant.parse("2026-01-01T00:00:00.123456999Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(Columns.instant(Instant.parse("1969-12-31T23:59:59.999999999Z")))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
        assertThat(Columns.instant(null)).isNull();
    }

    @Test
    void boundsThatMustNotShrinkAreRoundedUpToMicroseconds() {
        assertThat(Columns.instantCeiling(Instant.parse("2026-01-01T00:00:00.123456001Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123457Z"));
        assertThat(Columns.instantCeiling(Instant.parse("2026-01-01T00:00:00.123456Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(Columns.instantCeiling(Instant.parse("1969-12-31T23:59:59.999999001Z")))
                .isEqualTo(Instant.parse("1970-01-01T00:00:00Z"));
        assertThat(Columns.instantCeiling(null)).isNull();
    }

    @Test
    void textThatFitsAndIsWellFormedPassesUnchanged() {
        String s = "a\uD83D\uDE00\u00e9";
        assertThat(Columns.text(s, 4, "f")).isSameAs(s);
    }

    @Test
    void textIsRefusedWithTheFieldNamedAndTheValueNotQuoted() {
        assertThatThrownBy(() -> Columns.text("secret\u0000", 100, "room metadata"))
                .hasMessage("room metadata cannot be stored: it contains U+0000");
        assertThatThrownBy(() -> Columns.text("secret\uDC00x", 100, "room metadata"))
                .hasMessageContaining("unpaired surrogate").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Columns.text("secret\uD800", 100, "room metadata"))
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> Columns.text("secrets", 6, "actor"))
                .hasMessageStartingWith("actor is longer than 6 characters").hasMessageNotContaining("secrets");
        assertThatThrownBy(() -> Columns.text(null, 6, "actor")).hasMessageContaining("actor");
    }

    @Test
    void enumSetsAreNamesInDeclarationOrder() {
        assertThat(EnumSets.encode(Set.of(Feature.DATA_CHANNEL, Feature.RECORDING, Feature.CHAT), Feature.class))
                .isEqualTo("RECORDING,CHAT,DATA_CHANNEL");
        assertThat(EnumSets.encode(Set.of(), TrackSource.class)).isEmpty();
        assertThat(EnumSets.decode("", TrackSource.class)).isEmpty();
        assertThat(EnumSets.decode("CAMERA,SCREEN_SHARE_AUDIO", TrackSource.class))
                .isEqualTo(EnumSet.of(TrackSource.CAMERA, TrackSource.SCREEN_SHARE_AUDIO));
        assertThatThrownBy(() -> EnumSets.decode("CAMERA,HOLOGRAM", TrackSource.class))
                .isInstanceOf(IllegalStateException.class);
    }
}
