package dev.parley.adapter.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RTCP: compound framing (RFC 3550 Appendix A.2), SR/RR/SDES/BYE (RFC 3550 §6.4-6.6), PLI and
 * generic NACK (RFC 4585 §6.2.1, §6.3.1), FIR (RFC 5104 §4.3.1), REMB and transport-cc, and the
 * writers read back by the parser.
 */
class RtcpTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s+", ""));
    }

    private static final String SR = "81c8000c 11111111" // SR, 1 block, length 12 words
            + "e0000000 80000000 00010000 00000064 00003e80" // NTP, RTP ts, packets, octets
            + "22222222 05fffffe 00011234 00000010 aabbccdd 00000800"; // block: lost -2
    private static final String SDES = "81ca0005 11111111 010a 7573 6572 4063 6e61 6d65" // CNAME "user@cname"
            + "0000 0000"; // end of items, padded to a word
    private static final String BYE = "81cb0003 11111111 03627965 00000000"; // reason "bye" (byte then pad)

    @Test
    void parsesASenderReportSdesAndByeCompound() throws Exception {
        byte[] b = hex(SR + SDES + BYE);
        List<RtcpPacket> packets = RtcpParser.parse(b, 0, b.length);

        assertThat(packets).hasSize(3);
        SenderReport sr = (SenderReport) packets.get(0);
        assertThat(sr.senderSsrc()).isEqualTo(0x11111111);
        assertThat(sr.ntpTimestamp()).isEqualTo(0xe000000080000000L);
        assertThat(sr.rtpTimestamp()).isEqualTo(0x10000);
        assertThat(sr.packetCount()).isEqualTo(100);
        assertThat(sr.octetCount()).isEqualTo(16_000);
        assertThat(sr.reports()).containsExactly(
                new ReportBlock(0x22222222, 5, -2, 0x11234, 16, 0xaabbccddL, 0x800));
        assertThat(((SourceDescription) packets.get(1)).chunks())
                .containsExactly(new SourceDescription.Chunk(0x11111111, "user@cname"));
        Bye bye = (Bye) packets.get(2);
        assertThat(bye.ssrcs()).containsExactly(0x11111111);
        assertThat(bye.reason()).isEqualTo("bye");
    }

    @Test
    void parsesFeedbackMessages() throws Exception {
        String pli = "81ce0002 11111111 22222222";
        String fir = "84ce0004 11111111 00000000 33333333 07000000";
        String nack = "81cd0004 11111111 22222222 0064 8001 fffe 0000"; // 100,101,116 then 65534
        String remb = "8fce0006 11111111 00000000 52454d42 02 0b d090 33333333 44444444"; // mantissa 53392, exp 2
        byte[] b = hex(pli + fir + nack + remb);

        List<RtcpPacket> packets = RtcpParser.parse(b, 0, b.length);

        assertThat(packets).containsExactly(
                new PictureLossIndication(0x11111111, 0x22222222),
                new FullIntraRequest(0x11111111, List.of(new FullIntraRequest.Entry(0x33333333, 7))),
                new GenericNack(0x11111111, 0x22222222, List.of(100, 101, 116, 65534)),
                new Remb(0x11111111, ((3L << 16) | 0xd090) << 2, List.of(0x33333333, 0x44444444)));
    }

    @Test
    void parsesTransportWideFeedback() throws Exception {
        // base 10, 5 statuses, reference time 1 (64 ms), feedback count 9.
        String tcc = "8fcd0006 11111111 22222222 000a 0005 000001 09"
                + "2002" // run-length chunk: symbol 01 (small delta) x 2 -> seq 10, 11
                + "d000" // two-bit vector: 01 00 00 ... -> seq 12 small, 13 and 14 not received
                + "04 fa 05" // receive deltas of seq 10, 11, 12
                + "00"; // to a word
        byte[] b = hex(tcc);

        TransportCc t = (TransportCc) RtcpParser.parse(b, 0, b.length).get(0);

        assertThat(t.baseSequence()).isEqualTo(10);
        assertThat(t.statusCount()).isEqualTo(5);
        assertThat(t.referenceTime()).isEqualTo(1);
        assertThat(t.feedbackCount()).isEqualTo(9);
        assertThat(t.arrivals()).containsExactly(new TransportCc.Arrival(10, 4), new TransportCc.Arrival(11, 250),
                new TransportCc.Arrival(12, 5));
    }

    @Test
    void writersProducePacketsTheParserReadsBack() throws Exception {
        byte[] b = new byte[200];
        int n = RtcpWriter.writeReceiverReport(b, 0, 0x01,
                List.of(new ReportBlock(0x02, 12, -5, 70_000, 33, 0x1234, 0x5678)));
        n += RtcpWriter.writePli(b, n, 0x01, 0x02);
        n += RtcpWriter.writeFir(b, n, 0x01, 0x03, 200);
        int[] lost = {65_530, 65_531, 65_535, 0, 9, 40};
        assertThat(RtcpWriter.nackLength(lost, lost.length)).isEqualTo(12 + 4 * 2);
        n += RtcpWriter.writeNack(b, n, 0x01, 0x02, lost, lost.length);

        List<RtcpPacket> packets = RtcpParser.parse(b, 0, n);

        assertThat(packets).containsExactly(
                new ReceiverReport(0x01, List.of(new ReportBlock(0x02, 12, -5, 70_000, 33, 0x1234, 0x5678))),
                new PictureLossIndication(0x01, 0x02),
                new FullIntraRequest(0x01, List.of(new FullIntraRequest.Entry(0x03, 200))),
                new GenericNack(0x01, 0x02, List.of(65_530, 65_531, 65_535, 0, 9, 40)));
    }

    @Test
    void iteratesACompoundWithoutAllocating() throws Exception {
        byte[] b = new byte[64];
        int n = RtcpWriter.writeReceiverReport(b, 0, 0x01, List.of());
        n += RtcpWriter.writePli(b, n, 0x01, 0x02);
        RtcpCompound c = new RtcpCompound().wrap(b, 0, n);
        assertThat(c.next()).isTrue();
        assertThat(c.packetType()).isEqualTo(RtcpPacket.RR);
        assertThat(c.packetLength()).isEqualTo(8);
        assertThat(c.next()).isTrue();
        assertThat(c.packetType()).isEqualTo(RtcpPacket.PSFB);
        assertThat(c.count()).isEqualTo(PictureLossIndication.FMT);
        assertThat(c.firstSsrc()).isEqualTo(0x01);
        assertThat(c.next()).isFalse();
    }

    @Test
    void keepsUnknownPacketTypesAsUnknown() throws Exception {
        byte[] b = hex("80cf0001 11111111" + "80cc0002 11111111 6e616d65"); // XR, APP
        assertThat(RtcpParser.parse(b, 0, b.length)).containsExactly(new UnknownRtcp(207, 0, 0, 8),
                new UnknownRtcp(204, 0, 8, 12));
    }

    @Test
    void rejectsBrokenCompoundFraming() {
        assertRejected("80c9", "shorter than an RTCP header");
        assertRejected("40c90001 11111111", "version");
        assertRejected("80c90002 11111111", "runs past");
        assertRejected("80c90001 11111111 8000", "trailing");
        assertRejected("a0c90001 11111101 80c90001 11111111", "not the last");
        assertRejected("a0c90001 11111100", "padding");
        assertRejected("a0c90001 111111ff", "padding");
    }

    @Test
    void rejectsPacketBodiesThatDoNotMatchTheirType() {
        assertRejected("81c90001 11111111", "report blocks");
        assertRejected("81c80001 11111111", "report blocks");
        assertRejected("81ca0002 11111111 0105 6162", "SDES");
        assertRejected("81ca0001 11111111", "SDES chunk 0 has no end item");
        assertRejected("82cb0001 11111111", "BYE");
        assertRejected("81cb0002 11111111 09616263", "reason");
        assertRejected("81ce0001 11111111", "feedback header");
        assertRejected("81cd0002 11111111 22222222", "NACK");
        assertRejected("84ce0003 11111111 00000000 33333333", "FIR");
        assertRejected("8fce0004 11111111 00000000 52454d42 05000000", "REMB");
        assertRejected("8fcd0004 11111111 22222222 000a 0064 00000009", "chunks end");
        assertRejected("8fcd0005 11111111 22222222 000a 0002 00000009 4002 0000", "deltas end");
        assertRejected("8fcd0005 11111111 22222222 000a 0001 00000009 f000 0000", "reserved");
    }

    private static void assertRejected(String hex, String reason) {
        byte[] b = hex(hex);
        assertThatThrownBy(() -> RtcpParser.parse(b, 0, b.length)).isInstanceOf(RtcpFormatException.class)
                .hasMessageContaining(reason);
    }
}
