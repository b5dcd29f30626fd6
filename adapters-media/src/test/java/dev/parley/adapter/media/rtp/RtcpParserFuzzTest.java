package dev.parley.adapter.media.rtp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the RTCP compound parser: for any bytes the outcome is a list of packets or an {@link
 * RtcpFormatException}; any other exception (an {@code ArrayIndexOutOfBoundsException} above all),
 * a hang or an out-of-memory is a finding.
 *
 * <p>Regression mode under {@code mvn verify} (seeds in {@code
 * src/test/resources/dev/parley/adapter/media/rtp/RtcpParserFuzzTestInputs/}); a real run:
 * {@code JAZZER_FUZZ=1 mvn -pl adapters-media test -Dtest=RtcpParserFuzzTest}.
 */
class RtcpParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parseNeverThrowsAnythingButRtcpFormatException(FuzzedDataProvider data) {
        byte[] packet = data.consumeRemainingAsBytes();
        try {
            RtcpParser.parse(packet, 0, packet.length);
        } catch (RtcpFormatException expected) {
            // malformed input is refused with our own exception
        }
    }
}
