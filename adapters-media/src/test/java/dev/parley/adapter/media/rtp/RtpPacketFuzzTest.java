package dev.parley.adapter.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the RTP view: for any bytes, {@link RtpPacket#wrap} answers with an {@link RtpValidity}
 * and, when valid, every accessor, the extension iteration and an id remapping stay inside the
 * datagram; any exception is a finding. The demultiplexer is fed the same bytes.
 *
 * <p>Regression mode under {@code mvn verify} (the seeds in {@code
 * src/test/resources/dev/parley/adapter/media/rtp/RtpPacketFuzzTestInputs/}); a real run:
 * {@code JAZZER_FUZZ=1 mvn -pl adapters-media test -Dtest=RtpPacketFuzzTest}.
 */
class RtpPacketFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void wrapNeverThrowsAndStaysInsideTheDatagram(FuzzedDataProvider data) {
        byte[] map = data.consumeBytes(16);
        int offset = data.consumeInt(0, 8);
        byte[] packet = data.consumeRemainingAsBytes();
        byte[] buf = new byte[offset + packet.length + 3];
        System.arraycopy(packet, 0, buf, offset, packet.length);
        PacketKind.of(buf, offset, packet.length);

        RtpPacket p = new RtpPacket();
        RtpValidity validity = p.wrap(buf, offset, packet.length);
        if (!validity.isValid()) {
            return;
        }
        int end = offset + packet.length;
        assertThat(p.payloadOffset() + p.payloadLength() + p.paddingLength()).isEqualTo(end);
        assertThat(p.payloadLength()).isNotNegative();
        assertThat(RtpPacket.headerLength(buf, offset, packet.length)).isEqualTo(p.headerLength());
        p.sequenceNumber();
        p.timestamp();
        p.ssrc();
        for (int i = 0; i < p.csrcCount(); i++) {
            p.csrc(i);
        }
        for (int pos = p.firstExtension(); pos >= 0; pos = p.nextExtension(pos)) {
            assertThat(p.extensionDataOffset(pos) + p.extensionLength(pos)).isLessThanOrEqualTo(p.payloadOffset());
            p.extensionId(pos);
        }
        byte[] payloadBefore = java.util.Arrays.copyOfRange(buf, p.payloadOffset(), end);
        p.remapExtensionIds(map);
        assertThat(java.util.Arrays.copyOfRange(buf, p.payloadOffset(), end)).isEqualTo(payloadBefore);
        assertThat(p.wrap(buf, offset, packet.length)).isEqualTo(RtpValidity.VALID);
    }
}
