package dev.parley.adapter.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RTP view: RFC 3550 §5.1 fields, §5.3.1 extension, padding, and RFC 8285 elements. */
class RtpPacketTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s+", ""));
    }

    /** V=2 X=1 CC=1 M=1 PT=96 seq=0x1234 ts=0xdeadbeef ssrc=0x01020304, CSRC 0x0a0b0c0d. */
    private static final String HEADER_ONE_BYTE = "91e01234 deadbeef 01020304 0a0b0c0d"
            + "bede0003" // one-byte form, 3 words of elements
            + "10ff" // id 1, 1 byte
            + "00" // padding between elements
            + "3201 0203" // id 3, 3 bytes (01 02 03)
            + "0000 0000 00"; // padding to the end of the block

    @Test
    void readsTheFixedHeaderCsrcsAndPayload() {
        byte[] b = hex(HEADER_ONE_BYTE + "cafe");
        RtpPacket p = new RtpPacket();

        assertThat(p.wrap(b, 0, b.length)).isEqualTo(RtpValidity.VALID);

        assertThat(p.version()).isEqualTo(2);
        assertThat(p.hasExtension()).isTrue();
        assertThat(p.hasPadding()).isFalse();
        assertThat(p.csrcCount()).isEqualTo(1);
        assertThat(p.csrc(0)).isEqualTo(0x0a0b0c0d);
        assertThat(p.marker()).isTrue();
        assertThat(p.payloadType()).isEqualTo(96);
        assertThat(p.sequenceNumber()).isEqualTo(0x1234);
        assertThat(p.timestamp()).isEqualTo(0xdeadbeefL);
        assertThat(p.ssrc()).isEqualTo(0x01020304);
        assertThat(p.headerLength()).isEqualTo(32);
        assertThat(p.payloadOffset()).isEqualTo(32);
        assertThat(p.payloadLength()).isEqualTo(2);
        assertThat(RtpPacket.headerLength(b, 0, b.length)).isEqualTo(32);
    }

    @Test
    void iteratesOneByteExtensionsSkippingPadding() {
        byte[] b = hex(HEADER_ONE_BYTE);
        RtpPacket p = new RtpPacket();
        p.wrap(b, 0, b.length);
        assertThat(p.hasOneByteExtensions()).isTrue();

        List<String> seen = new ArrayList<>();
        for (int pos = p.firstExtension(); pos >= 0; pos = p.nextExtension(pos)) {
            seen.add(p.extensionId(pos) + ":" + HexFormat.of().formatHex(b, p.extensionDataOffset(pos),
                    p.extensionDataOffset(pos) + p.extensionLength(pos)));
        }
        assertThat(seen).containsExactly("1:ff", "3:010203");
        assertThat(p.findExtension(3)).isEqualTo(23);
        assertThat(p.findExtension(2)).isEqualTo(-1);
    }

    @Test
    void iteratesTwoByteExtensionsIncludingEmptyOnes() {
        byte[] b = hex("90600001 00000000 00000001" + "10000002" + "0500" + "0702 abcd" + "0000");
        RtpPacket p = new RtpPacket();
        assertThat(p.wrap(b, 0, b.length)).isEqualTo(RtpValidity.VALID);
        assertThat(p.hasTwoByteExtensions()).isTrue();
        int first = p.firstExtension();
        assertThat(p.extensionId(first)).isEqualTo(5);
        assertThat(p.extensionLength(first)).isZero();
        int second = p.nextExtension(first);
        assertThat(p.extensionId(second)).isEqualTo(7);
        assertThat(p.extensionLength(second)).isEqualTo(2);
        assertThat(p.nextExtension(second)).isEqualTo(-1);
    }

    @Test
    void stopsAtOneByteIdFifteenAsRfc8285Section42Says() {
        byte[] b = hex("90600001 00000000 00000001" + "bede0002" + "10aa" + "f0" + "20bb 0000 00");
        RtpPacket p = new RtpPacket();
        p.wrap(b, 0, b.length);
        assertThat(p.nextExtension(p.firstExtension())).isEqualTo(-1);
        assertThat(p.findExtension(2)).isEqualTo(-1);
    }

    @Test
    void treatsAnElementRunningPastTheBlockAsTheEnd() {
        byte[] b = hex("90600001 00000000 00000001" + "bede0001" + "10aa" + "3f" + "00" + "cafe");
        RtpPacket p = new RtpPacket();
        assertThat(p.wrap(b, 0, b.length)).isEqualTo(RtpValidity.VALID);
        int first = p.firstExtension();
        assertThat(p.extensionId(first)).isEqualTo(1);
        assertThat(p.nextExtension(first)).as("id 3 claims 16 bytes in a 4-byte block").isEqualTo(-1);
    }

    @Test
    void remapsExtensionIdsInPlaceAndStripsUnmappedOnes() {
        byte[] b = hex(HEADER_ONE_BYTE + "cafe");
        RtpPacket p = new RtpPacket();
        p.wrap(b, 0, b.length);
        byte[] map = new byte[16];
        map[3] = 9; // id 1 unmapped: stripped

        assertThat(p.remapExtensionIds(map)).isTrue();

        assertThat(p.wrap(b, 0, b.length)).isEqualTo(RtpValidity.VALID);
        int first = p.firstExtension();
        assertThat(p.extensionId(first)).isEqualTo(9);
        assertThat(HexFormat.of().formatHex(b, p.extensionDataOffset(first), p.extensionDataOffset(first) + 3))
                .isEqualTo("010203");
        assertThat(p.nextExtension(first)).isEqualTo(-1);
        assertThat(p.headerLength()).as("header length unchanged").isEqualTo(32);
        assertThat(HexFormat.of().formatHex(b, 32, 34)).as("payload untouched").isEqualTo("cafe");
    }

    @Test
    void refusesARemapThatDoesNotFitTheOneByteForm() {
        byte[] b = hex(HEADER_ONE_BYTE);
        byte[] before = b.clone();
        RtpPacket p = new RtpPacket();
        p.wrap(b, 0, b.length);
        byte[] map = new byte[16];
        map[1] = 2;
        map[3] = 15;
        assertThat(p.remapExtensionIds(map)).isFalse();
        assertThat(b).as("nothing changed").isEqualTo(before);
        assertThat(p.setExtensionId(p.firstExtension(), 15)).isFalse();
        assertThat(p.setExtensionId(p.firstExtension(), 14)).isTrue();
        assertThat(p.extensionId(p.firstExtension())).isEqualTo(14);
    }

    @Test
    void rewritesSsrcPayloadTypeSequenceTimestampAndMarkerInPlace() {
        byte[] b = hex(HEADER_ONE_BYTE + "cafe");
        RtpPacket p = new RtpPacket();
        p.wrap(b, 0, b.length);

        p.setSsrc(0xA1B2C3D4);
        p.setPayloadType(111);
        p.setSequenceNumber(65_536 + 7);
        p.setTimestamp(0x1_0000_0005L);
        p.setMarker(false);

        assertThat(p.ssrc()).isEqualTo(0xA1B2C3D4);
        assertThat(p.payloadType()).isEqualTo(111);
        assertThat(p.sequenceNumber()).isEqualTo(7);
        assertThat(p.timestamp()).isEqualTo(5);
        assertThat(p.marker()).isFalse();
        assertThat(p.hasExtension()).isTrue();
        assertThat(p.csrcCount()).isEqualTo(1);
        assertThat(p.findExtension(3)).isPositive();
    }

    @Test
    void excludesPaddingFromThePayload() {
        byte[] b = hex("a0600001 00000000 00000001 cafe 000003");
        RtpPacket p = new RtpPacket();
        assertThat(p.wrap(b, 0, b.length)).isEqualTo(RtpValidity.VALID);
        assertThat(p.paddingLength()).isEqualTo(3);
        assertThat(p.payloadLength()).isEqualTo(2);
    }

    @Test
    void writesAFixedHeader() {
        byte[] b = new byte[20];
        assertThat(RtpPacket.writeFixedHeader(b, 4, true, 100, 513, 0xFFFF_FFFEL, -2)).isEqualTo(12);
        RtpPacket p = new RtpPacket();
        assertThat(p.wrap(b, 4, 16)).isEqualTo(RtpValidity.VALID);
        assertThat(p.marker()).isTrue();
        assertThat(p.payloadType()).isEqualTo(100);
        assertThat(p.sequenceNumber()).isEqualTo(513);
        assertThat(p.timestamp()).isEqualTo(0xFFFF_FFFEL);
        assertThat(p.ssrc()).isEqualTo(-2);
        assertThat(p.payloadLength()).isEqualTo(4);
    }

    @Test
    void namesWhatIsWrongWithAMalformedPacket() {
        RtpPacket p = new RtpPacket();
        assertThat(p.wrap(hex("80600001 00000000 000000"), 0, 11)).isEqualTo(RtpValidity.TOO_SHORT);
        assertThat(p.wrap(hex("40600001 00000000 00000001"), 0, 12)).isEqualTo(RtpValidity.BAD_VERSION);
        assertThat(p.wrap(hex("82600001 00000000 00000001 00000002"), 0, 16)).isEqualTo(RtpValidity.CSRC_OVERRUN);
        assertThat(p.wrap(hex("90600001 00000000 00000001 bede"), 0, 14)).isEqualTo(RtpValidity.EXTENSION_OVERRUN);
        assertThat(p.wrap(hex("90600001 00000000 00000001 bede0002 10aa0000"), 0, 20))
                .isEqualTo(RtpValidity.EXTENSION_OVERRUN);
        assertThat(p.wrap(hex("a0600001 00000000 00000001 cafe0000"), 0, 16)).isEqualTo(RtpValidity.BAD_PADDING);
        assertThat(p.wrap(hex("a0600001 00000000 00000001 cafe0009"), 0, 16)).isEqualTo(RtpValidity.BAD_PADDING);
        assertThat(RtpPacket.headerLength(hex("90600001 00000000 00000001 bede"), 0, 14)).isEqualTo(-1);
    }
}
