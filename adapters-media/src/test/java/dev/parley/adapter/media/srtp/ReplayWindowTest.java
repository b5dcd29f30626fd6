package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 3711 §3.3.1 / Appendix A index estimation and the §3.3.2 replay list. */
class ReplayWindowTest {

    private static ReplayWindow at(long highest) {
        ReplayWindow w = new ReplayWindow(128);
        w.accept(highest);
        return w;
    }

    @Test
    void firstPacketHasRocZero() {
        assertThat(new ReplayWindow(64).estimateIndex(40_000)).isEqualTo(40_000);
    }

    @Test
    void sequenceWrapAheadIncrementsTheRoc() {
        assertThat(at(65_500).estimateIndex(3)).isEqualTo(65_536 + 3);
        assertThat(at((5L << 16) | 65_500).estimateIndex(3)).isEqualTo((6L << 16) | 3);
    }

    @Test
    void lateOnePacketFromBeforeTheWrapKeepsThePreviousRoc() {
        assertThat(at((6L << 16) | 3).estimateIndex(65_530)).isEqualTo((5L << 16) | 65_530);
    }

    @Test
    void guessBelowRocZeroIsReadAsAForwardJumpInRocZero() {
        assertThat(at(100).estimateIndex(65_500)).isEqualTo(65_500);
    }

    @Test
    void rocPast32BitsIsExhausted() {
        assertThat(at((0xFFFF_FFFFL << 16) | 65_500).estimateIndex(1)).isEqualTo(-1);
    }

    @Test
    void tellsFreshReplayedAndTooOldApart() {
        ReplayWindow w = at(1000);
        assertThat(w.check(1000)).isEqualTo(SrtpError.REPLAY);
        assertThat(w.check(1001)).isEqualTo(ReplayWindow.FRESH);
        assertThat(w.check(999)).isEqualTo(ReplayWindow.FRESH);
        assertThat(w.check(1000 - 127)).isEqualTo(ReplayWindow.FRESH);
        assertThat(w.check(1000 - 128)).isEqualTo(SrtpError.TOO_OLD);
        w.accept(999);
        assertThat(w.check(999)).isEqualTo(SrtpError.REPLAY);
    }

    @Test
    void slidingForwardForgetsOnlyWhatLeavesTheWindow() {
        ReplayWindow w = new ReplayWindow(64);
        for (long i = 0; i < 64; i += 2) {
            w.accept(i);
        }
        w.accept(100); // slides by 38: indices 37..62 stay in the window
        for (long i = 37; i < 63; i++) {
            assertThat(w.check(i)).as("index %d", i).isEqualTo(i % 2 == 0 ? SrtpError.REPLAY : ReplayWindow.FRESH);
        }
        for (long i = 63; i < 100; i++) {
            assertThat(w.check(i)).as("index %d, slid over", i).isEqualTo(ReplayWindow.FRESH);
        }
        assertThat(w.check(36)).isEqualTo(SrtpError.TOO_OLD);
        w.accept(1_000_000);
        assertThat(w.check(100)).isEqualTo(SrtpError.TOO_OLD);
        assertThat(w.check(999_999)).isEqualTo(ReplayWindow.FRESH);
    }

    @Test
    void refusesWindowsThatAreNotPowersOfTwoOfAtLeast64() {
        assertThatThrownBy(() -> new ReplayWindow(32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReplayWindow(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
