package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzzes SRTP and SRTCP unprotect: whatever the bytes, the result is a length inside the packet
 * or an {@link SrtpError} code, never an exception; and a genuine packet the fuzzer has modified
 * in any way is never accepted (forgery resistance). Three shapes: raw bytes; a genuine SRTP
 * packet XORed with fuzzer bytes; a genuine SRTCP packet XORed with fuzzer bytes.
 *
 * <p>Regression mode under {@code mvn verify} (seeds in {@code
 * src/test/resources/dev/parley/adapter/media/srtp/SrtpUnprotectFuzzTestInputs/}); a real run:
 * {@code JAZZER_FUZZ=1 mvn -pl adapters-media test -Dtest=SrtpUnprotectFuzzTest}.
 */
class SrtpUnprotectFuzzTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] SALT = new byte[14];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 1);
        }
        for (int i = 0; i < SALT.length; i++) {
            SALT[i] = (byte) (i * 13 + 5);
        }
    }

    private static SrtpContext context(SrtpProfile profile, boolean sending) {
        byte[] key = Arrays.copyOf(KEY, profile.masterKeyLength());
        byte[] salt = Arrays.copyOf(SALT, profile.masterSaltLength());
        return sending ? SrtpContext.forSending(profile, key, salt) : SrtpContext.forReceiving(profile, key, salt);
    }

    @FuzzTest(maxDuration = "30s")
    void unprotectNeverThrowsAndNeverAcceptsAModifiedPacket(FuzzedDataProvider data) {
        SrtpProfile profile = SrtpProfile.values()[data.consumeInt(0, SrtpProfile.values().length - 1)];
        int shape = data.consumeInt(0, 2);
        SrtpContext receiver = context(profile, false);
        if (shape == 0) {
            boolean rtcp = data.consumeBoolean();
            byte[] packet = data.consumeRemainingAsBytes();
            int result = rtcp ? receiver.unprotectRtcp(packet, 0, packet.length)
                    : receiver.unprotectRtp(packet, 0, packet.length);
            assertThat(result).isLessThanOrEqualTo(packet.length);
            return;
        }
        boolean rtcp = shape == 2;
        int payload = data.consumeInt(0, 300);
        byte[] buf = rtcp ? Packets.rtcp(0x5555, 1) : Packets.rtp(0x5555, data.consumeInt(0, 65_535), payload, 1);
        int plainLength = rtcp ? Packets.rtcpLength() : Packets.rtpLength(payload);
        SrtpContext sender = context(profile, true);
        int len = rtcp ? sender.protectRtcp(buf, 0, plainLength) : sender.protectRtp(buf, 0, plainLength);
        assertThat(len).isPositive();
        byte[] mask = data.consumeRemainingAsBytes();
        boolean modified = false;
        for (int i = 0; i < Math.min(mask.length, len); i++) {
            buf[i] ^= mask[i];
            modified |= mask[i] != 0;
        }
        int result = rtcp ? receiver.unprotectRtcp(buf, 0, len) : receiver.unprotectRtp(buf, 0, len);
        if (modified) {
            assertThat(result).as("a modified packet is refused").isNegative();
        } else {
            assertThat(result).isEqualTo(plainLength);
        }
    }
}
