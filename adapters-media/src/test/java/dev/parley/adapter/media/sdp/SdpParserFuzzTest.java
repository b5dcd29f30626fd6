package dev.parley.adapter.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the SDP parser and the typed views behind it: whatever the text, the outcome is a
 * description or an {@link SdpException}; any other exception, a hang or an out-of-memory is a
 * finding. A parsed description must also survive what the signaling code does with it: writing
 * it back, reading the transport of an offer and choosing codecs.
 *
 * <p>Under {@code mvn verify} this runs in Jazzer's regression mode: once per seed in
 * {@code src/test/resources/dev/parley/adapter/media/sdp/SdpParserFuzzTestInputs/parseNeverThrowsAnythingButSdpException/}
 * (Chrome's offers and a few edge cases, plus any crash reproducer saved there). A real run:
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl adapters-media test -Dtest=SdpParserFuzzTest -Djazzer.max_duration=10m
 * </pre>
 */
class SdpParserFuzzTest {

    private static final SdpParser PARSER = new SdpParser(new SdpLimits(16 * 1024, 512, 1024, 16, 128));

    @FuzzTest(maxDuration = "30s")
    void parseNeverThrowsAnythingButSdpException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SessionDescription sd;
        try {
            sd = PARSER.parse(text);
        } catch (SdpException refused) {
            assertThat(refused.getMessage()).isNotEmpty();
            return;
        }
        String written = SdpWriter.write(sd);
        SessionDescription again = PARSER.parse(written);
        assertThat(again.media()).hasSameSizeAs(sd.media());
        for (MediaDescription m : sd.media()) {
            CodecSupport.choosePublished(m);
            m.trackId();
            m.primarySsrc();
        }
        try {
            RemoteTransport.of(sd);
        } catch (SdpException expected) {
            // an offer that parses may still lack what WebRTC needs
        }
    }
}
