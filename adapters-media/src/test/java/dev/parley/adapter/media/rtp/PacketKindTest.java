package dev.parley.adapter.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 7983 §7 first-byte ranges and RFC 5761 §4 RTP/RTCP split. */
class PacketKindTest {

    private static PacketKind kind(int first, int second) {
        return PacketKind.of(new byte[] {(byte) first, (byte) second}, 0, 2);
    }

    @Test
    void classifiesEveryFirstByteAsRfc7983Section7Says() {
        for (int b = 0; b < 256; b++) {
            PacketKind expected;
            if (b <= 3) {
                expected = PacketKind.STUN;
            } else if (b >= 16 && b <= 19) {
                expected = PacketKind.ZRTP;
            } else if (b >= 20 && b <= 63) {
                expected = PacketKind.DTLS;
            } else if (b >= 64 && b <= 79) {
                expected = PacketKind.TURN_CHANNEL;
            } else if (b >= 128 && b <= 191) {
                expected = PacketKind.RTP;
            } else {
                expected = PacketKind.UNKNOWN;
            }
            assertThat(kind(b, 96)).as("first byte %d", b).isEqualTo(expected);
        }
    }

    @Test
    void tellsRtcpFromRtpByPacketType192To223() {
        for (int second = 0; second < 256; second++) {
            PacketKind expected = second >= 192 && second <= 223 ? PacketKind.RTCP : PacketKind.RTP;
            assertThat(kind(0x80, second)).as("second byte %d", second).isEqualTo(expected);
        }
    }

    @Test
    void shortOrEmptyDatagramsAreUnknownNotAnException() {
        assertThat(PacketKind.of(new byte[0], 0, 0)).isEqualTo(PacketKind.UNKNOWN);
        assertThat(PacketKind.of(new byte[] {(byte) 0x80}, 0, 1)).isEqualTo(PacketKind.UNKNOWN);
        assertThat(PacketKind.of(new byte[] {0x16}, 0, 1)).isEqualTo(PacketKind.DTLS);
        assertThat(PacketKind.of(new byte[] {0, 1, (byte) 0x80, (byte) 200}, 2, 2)).isEqualTo(PacketKind.RTCP);
    }
}
