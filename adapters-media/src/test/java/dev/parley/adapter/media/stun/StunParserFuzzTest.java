package dev.parley.adapter.media.stun;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the STUN parser: whatever the datagram, the outcome is a message or a
 * {@link StunFormatException}; any other exception, a hang or an out-of-memory is a finding. Every
 * accessor and both integrity checks run on what parses, so offsets recorded by the parser are
 * exercised too.
 *
 * <p>Under {@code mvn verify} this runs in Jazzer's regression mode, once per seed in
 * {@code src/test/resources/dev/parley/adapter/media/stun/StunParserFuzzTestInputs/parseNeverThrowsAnythingButStunFormatException/}
 * (the RFC 5769 vectors and a few edge cases). A real fuzzing run, which also grows that directory:
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl adapters-media test -Dtest=StunParserFuzzTest -Djazzer.max_duration=10m
 * </pre>
 */
class StunParserFuzzTest {

    private static final byte[] KEY = "VOkJxbRl1RmTxUk/WvJxBt".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest(maxDuration = "30s")
    void parseNeverThrowsAnythingButStunFormatException(byte[] datagram) {
        StunMessage msg;
        try {
            msg = StunMessage.parse(datagram, 0, datagram.length);
        } catch (StunFormatException malformed) {
            assertThat(malformed.getMessage()).contains("RFC");
            return;
        }
        assertThat(StunMessage.looksLikeStun(datagram, 0, datagram.length)).isTrue();
        assertThat(msg.length()).isEqualTo(datagram.length);
        msg.username();
        msg.priority();
        msg.iceControlling();
        msg.iceControlled();
        msg.xorMappedAddress();
        msg.errorCode();
        msg.transactionId();
        msg.unknownComprehensionRequired();
        boolean fingerprintOk = msg.verifyFingerprint();
        assertThat(!fingerprintOk || msg.hasFingerprint()).isTrue();
        boolean integrityOk = msg.verifyMessageIntegrity(KEY);
        assertThat(!integrityOk || msg.hasMessageIntegrity()).isTrue();
        msg.verifyMessageIntegritySha256(KEY);
    }
}
