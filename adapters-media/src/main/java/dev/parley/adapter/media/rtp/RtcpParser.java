package dev.parley.adapter.media.rtp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an RTCP compound packet into {@link RtcpPacket} values. The framing is checked by
 * {@link RtcpCompound}; each packet's body is then checked against its type: report counts that
 * fit (RFC 3550 §6.4), SDES chunks terminated inside the packet (§6.5), BYE reasons that fit
 * (§6.6), feedback messages at least 12 bytes with whole FCI entries (RFC 4585 §6.1, §6.2.1,
 * §6.3.1; RFC 5104 §4.3.1), REMB with its source list (draft-alvestrand-rmcat-remb §2.2) and
 * transport-cc chunks and deltas that cover the announced status count (draft-holmer §3.1).
 *
 * <p>Everything malformed is an {@link RtcpFormatException}; nothing else escapes. Stateless and
 * thread-safe. Allocates the result: RTCP is a few packets per second per source.
 */
public final class RtcpParser {

    private static final int FEEDBACK_HEADER = 12;
    private static final int REMB_ID = ('R' << 24) | ('E' << 16) | ('M' << 8) | 'B';

    private RtcpParser() {
    }

    /** Parses every packet of the compound {@code buf[off, off + len)}. */
    public static List<RtcpPacket> parse(byte[] buf, int off, int len) throws RtcpFormatException {
        RtcpCompound compound = new RtcpCompound().wrap(buf, off, len);
        List<RtcpPacket> packets = new ArrayList<>(4);
        while (compound.next()) {
            packets.add(parseOne(compound));
        }
        return packets;
    }

    /** Parses the packet the cursor is on. */
    public static RtcpPacket parseOne(RtcpCompound c) throws RtcpFormatException {
        byte[] b = c.buffer();
        int p = c.packetOffset();
        int len = c.contentLength();
        int count = c.count();
        return switch (c.packetType()) {
            case RtcpPacket.SR -> senderReport(b, p, len, count);
            case RtcpPacket.RR -> receiverReport(b, p, len, count);
            case RtcpPacket.SDES -> sourceDescription(b, p, len, count);
            case RtcpPacket.BYE -> bye(b, p, len, count);
            case RtcpPacket.RTPFB -> transportFeedback(b, p, len, count, c);
            case RtcpPacket.PSFB -> payloadFeedback(b, p, len, count, c);
            default -> new UnknownRtcp(c.packetType(), count, p, c.packetLength());
        };
    }

    private static SenderReport senderReport(byte[] b, int p, int len, int count) throws RtcpFormatException {
        int blocks = p + 28;
        if (len < 28 + count * ReportBlock.LENGTH) {
            throw new RtcpFormatException("SR shorter than its " + count + " report blocks");
        }
        long ntp = ((long) RtpPacket.u32(b, p + 8) << 32) | (RtpPacket.u32(b, p + 12) & 0xFFFF_FFFFL);
        return new SenderReport(RtpPacket.u32(b, p + 4), ntp, unsigned(b, p + 16), unsigned(b, p + 20),
                unsigned(b, p + 24), reportBlocks(b, blocks, count));
    }

    private static ReceiverReport receiverReport(byte[] b, int p, int len, int count) throws RtcpFormatException {
        if (len < 8 + count * ReportBlock.LENGTH) {
            throw new RtcpFormatException("RR shorter than its " + count + " report blocks");
        }
        return new ReceiverReport(RtpPacket.u32(b, p + 4), reportBlocks(b, p + 8, count));
    }

    private static List<ReportBlock> reportBlocks(byte[] b, int p, int count) {
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++, p += ReportBlock.LENGTH) {
            int lost = ((b[p + 5] & 0xFF) << 16) | ((b[p + 6] & 0xFF) << 8) | (b[p + 7] & 0xFF);
            blocks.add(new ReportBlock(RtpPacket.u32(b, p), b[p + 4] & 0xFF, (lost << 8) >> 8, unsigned(b, p + 8),
                    unsigned(b, p + 12), unsigned(b, p + 16), unsigned(b, p + 20)));
        }
        return blocks;
    }

    private static SourceDescription sourceDescription(byte[] b, int p, int len, int count)
            throws RtcpFormatException {
        List<SourceDescription.Chunk> chunks = new ArrayList<>(count);
        int end = p + len;
        int q = p + 4;
        for (int i = 0; i < count; i++) {
            if (q + 4 > end) {
                throw new RtcpFormatException("SDES chunk " + i + " runs past the packet");
            }
            int ssrc = RtpPacket.u32(b, q);
            q += 4;
            String cname = "";
            while (true) {
                if (q >= end) {
                    throw new RtcpFormatException("SDES chunk " + i + " has no end item");
                }
                int type = b[q] & 0xFF;
                if (type == 0) {
                    q++;
                    break;
                }
                if (q + 2 > end || q + 2 + (b[q + 1] & 0xFF) > end) {
                    throw new RtcpFormatException("SDES item runs past the packet");
                }
                int itemLength = b[q + 1] & 0xFF;
                if (type == 1) {
                    cname = new String(b, q + 2, itemLength, StandardCharsets.UTF_8);
                }
                q += 2 + itemLength;
            }
            q = p + ((q - p + 3) & ~3);
            chunks.add(new SourceDescription.Chunk(ssrc, cname));
        }
        return new SourceDescription(chunks);
    }

    private static Bye bye(byte[] b, int p, int len, int count) throws RtcpFormatException {
        if (len < 4 + 4 * count) {
            throw new RtcpFormatException("BYE shorter than its " + count + " sources");
        }
        List<Integer> ssrcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ssrcs.add(RtpPacket.u32(b, p + 4 + 4 * i));
        }
        int q = p + 4 + 4 * count;
        String reason = "";
        if (q < p + len) {
            int reasonLength = b[q] & 0xFF;
            if (q + 1 + reasonLength > p + len) {
                throw new RtcpFormatException("BYE reason runs past the packet");
            }
            reason = new String(b, q + 1, reasonLength, StandardCharsets.UTF_8);
        }
        return new Bye(ssrcs, reason);
    }

    private static RtcpPacket transportFeedback(byte[] b, int p, int len, int fmt, RtcpCompound c)
            throws RtcpFormatException {
        requireFeedbackHeader(len, "RTPFB");
        int sender = RtpPacket.u32(b, p + 4);
        int media = RtpPacket.u32(b, p + 8);
        if (fmt == GenericNack.FMT) {
            int fci = len - FEEDBACK_HEADER;
            if (fci == 0 || fci % 4 != 0) {
                throw new RtcpFormatException("NACK without whole PID/BLP pairs");
            }
            List<Integer> lost = new ArrayList<>(fci / 4);
            for (int q = p + FEEDBACK_HEADER; q < p + len; q += 4) {
                int pid = RtpPacket.u16(b, q);
                int blp = RtpPacket.u16(b, q + 2);
                lost.add(pid);
                for (int bit = 0; bit < 16; bit++) {
                    if ((blp & (1 << bit)) != 0) {
                        lost.add((pid + bit + 1) & 0xFFFF);
                    }
                }
            }
            return new GenericNack(sender, media, lost);
        }
        if (fmt == TransportCc.FMT) {
            return transportCc(b, p, len, sender, media);
        }
        return new UnknownRtcp(RtcpPacket.RTPFB, fmt, p, c.packetLength());
    }

    private static TransportCc transportCc(byte[] b, int p, int len, int sender, int media)
            throws RtcpFormatException {
        if (len < FEEDBACK_HEADER + 8) {
            throw new RtcpFormatException("transport-cc shorter than its fixed fields");
        }
        int base = RtpPacket.u16(b, p + 12);
        int statusCount = RtpPacket.u16(b, p + 14);
        int refTime = (RtpPacket.u32(b, p + 16) >> 8);
        int feedbackCount = b[p + 19] & 0xFF;
        int end = p + len;
        int q = p + 20;
        // First pass over the chunks: collect the status symbols (0 not received, 1 small, 2 large).
        byte[] symbols = new byte[statusCount];
        int described = 0;
        while (described < statusCount) {
            if (q + 2 > end) {
                throw new RtcpFormatException("transport-cc chunks end before " + statusCount + " statuses");
            }
            int chunk = RtpPacket.u16(b, q);
            q += 2;
            if ((chunk & 0x8000) == 0) {
                int symbol = (chunk >>> 13) & 0x3;
                int run = chunk & 0x1FFF;
                if (symbol == 3 && run > 0) {
                    throw new RtcpFormatException("transport-cc run of the reserved symbol");
                }
                for (int i = 0; i < run && described < statusCount; i++) {
                    symbols[described++] = (byte) symbol;
                }
            } else if ((chunk & 0x4000) == 0) {
                for (int i = 13; i >= 0 && described < statusCount; i--) {
                    symbols[described++] = (byte) ((chunk >>> i) & 1);
                }
            } else {
                for (int i = 12; i >= 0 && described < statusCount; i -= 2) {
                    int symbol = (chunk >>> i) & 0x3;
                    if (symbol == 3) {
                        throw new RtcpFormatException("transport-cc vector with the reserved symbol");
                    }
                    symbols[described++] = (byte) symbol;
                }
            }
        }
        List<TransportCc.Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < statusCount; i++) {
            int symbol = symbols[i];
            if (symbol == 0) {
                continue;
            }
            int delta;
            if (symbol == 1) {
                if (q + 1 > end) {
                    throw new RtcpFormatException("transport-cc deltas end early");
                }
                delta = b[q] & 0xFF;
                q += 1;
            } else {
                if (q + 2 > end) {
                    throw new RtcpFormatException("transport-cc deltas end early");
                }
                delta = (short) RtpPacket.u16(b, q);
                q += 2;
            }
            arrivals.add(new TransportCc.Arrival((base + i) & 0xFFFF, delta));
        }
        return new TransportCc(sender, media, base, statusCount, refTime, feedbackCount, arrivals);
    }

    private static RtcpPacket payloadFeedback(byte[] b, int p, int len, int fmt, RtcpCompound c)
            throws RtcpFormatException {
        requireFeedbackHeader(len, "PSFB");
        int sender = RtpPacket.u32(b, p + 4);
        int media = RtpPacket.u32(b, p + 8);
        switch (fmt) {
            case PictureLossIndication.FMT -> {
                return new PictureLossIndication(sender, media);
            }
            case FullIntraRequest.FMT -> {
                int fci = len - FEEDBACK_HEADER;
                if (fci == 0 || fci % 8 != 0) {
                    throw new RtcpFormatException("FIR without whole 8-byte entries");
                }
                List<FullIntraRequest.Entry> entries = new ArrayList<>(fci / 8);
                for (int q = p + FEEDBACK_HEADER; q < p + len; q += 8) {
                    entries.add(new FullIntraRequest.Entry(RtpPacket.u32(b, q), b[q + 4] & 0xFF));
                }
                return new FullIntraRequest(sender, entries);
            }
            case Remb.FMT -> {
                if (len >= FEEDBACK_HEADER + 8 && RtpPacket.u32(b, p + 12) == REMB_ID) {
                    return remb(b, p, len, sender);
                }
                return new UnknownRtcp(RtcpPacket.PSFB, fmt, p, c.packetLength());
            }
            default -> {
                return new UnknownRtcp(RtcpPacket.PSFB, fmt, p, c.packetLength());
            }
        }
    }

    private static Remb remb(byte[] b, int p, int len, int sender) throws RtcpFormatException {
        int sources = b[p + 16] & 0xFF;
        if (len < FEEDBACK_HEADER + 8 + 4 * sources) {
            throw new RtcpFormatException("REMB shorter than its " + sources + " sources");
        }
        int exponent = (b[p + 17] & 0xFF) >>> 2;
        long mantissa = ((b[p + 17] & 0x03L) << 16) | ((b[p + 18] & 0xFFL) << 8) | (b[p + 19] & 0xFFL);
        long bitrate = mantissa == 0 ? 0
                : exponent >= Long.numberOfLeadingZeros(mantissa) ? Long.MAX_VALUE : mantissa << exponent;
        List<Integer> ssrcs = new ArrayList<>(sources);
        for (int i = 0; i < sources; i++) {
            ssrcs.add(RtpPacket.u32(b, p + 20 + 4 * i));
        }
        return new Remb(sender, bitrate, ssrcs);
    }

    private static void requireFeedbackHeader(int len, String kind) throws RtcpFormatException {
        if (len < FEEDBACK_HEADER) {
            throw new RtcpFormatException(kind + " shorter than the 12-byte feedback header");
        }
    }

    private static long unsigned(byte[] b, int i) {
        return RtpPacket.u32(b, i) & 0xFFFF_FFFFL;
    }
}
