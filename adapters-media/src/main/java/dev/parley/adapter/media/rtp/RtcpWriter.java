package dev.parley.adapter.media.rtp;

import java.util.List;
import java.util.Objects;

/**
 * Writes the RTCP packets the SFU originates, straight into a caller's buffer, and returns the
 * number of bytes written: PLI (RFC 4585 §6.3.1), FIR (RFC 5104 §4.3.1), generic NACK (RFC 4585
 * §6.2.1) and RR (RFC 3550 §6.4.2). Each call writes one packet; concatenating calls builds a
 * compound packet. Stateless and allocation-free.
 *
 * @throws IndexOutOfBoundsException from every method if the packet does not fit {@code buf}
 *     from {@code off} (a caller bug: size buffers with the {@code *Length} methods)
 */
public final class RtcpWriter {

    private RtcpWriter() {
    }

    /** Writes a PLI asking {@code mediaSsrc} for a keyframe; returns 12. */
    public static int writePli(byte[] buf, int off, int senderSsrc, int mediaSsrc) {
        Objects.checkFromIndexSize(off, 12, buf.length);
        header(buf, off, PictureLossIndication.FMT, RtcpPacket.PSFB, 12);
        RtpPacket.putU32(buf, off + 4, senderSsrc);
        RtpPacket.putU32(buf, off + 8, mediaSsrc);
        return 12;
    }

    /**
     * Writes a FIR with one entry asking {@code targetSsrc} for a decoder refresh; returns 20. The
     * media source field is 0 as RFC 5104 §4.3.1.2 requires; the caller increments {@code
     * sequenceNumber} (mod 256) for every new request to the same target.
     */
    public static int writeFir(byte[] buf, int off, int senderSsrc, int targetSsrc, int sequenceNumber) {
        Objects.checkFromIndexSize(off, 20, buf.length);
        header(buf, off, FullIntraRequest.FMT, RtcpPacket.PSFB, 20);
        RtpPacket.putU32(buf, off + 4, senderSsrc);
        RtpPacket.putU32(buf, off + 8, 0);
        RtpPacket.putU32(buf, off + 12, targetSsrc);
        buf[off + 16] = (byte) sequenceNumber;
        buf[off + 17] = 0;
        buf[off + 18] = 0;
        buf[off + 19] = 0;
        return 20;
    }

    /**
     * Length of the NACK {@link #writeNack} writes for these sequence numbers.
     */
    public static int nackLength(int[] sequenceNumbers, int count) {
        return 12 + 4 * nackPairs(sequenceNumbers, count, null, 0);
    }

    /**
     * Writes a generic NACK for {@code sequenceNumbers[0, count)} on {@code mediaSsrc}; returns its
     * length. Numbers are packed greedily into PID/BLP pairs: a number within 16 after the current
     * PID sets a BLP bit, any other starts a new pair, so numbers in ascending (wrapping) order
     * pack tightest.
     *
     * @throws IllegalArgumentException if {@code count} is not 1 or more
     */
    public static int writeNack(byte[] buf, int off, int senderSsrc, int mediaSsrc, int[] sequenceNumbers,
            int count) {
        if (count < 1 || count > sequenceNumbers.length) {
            throw new IllegalArgumentException("NACK needs 1.." + sequenceNumbers.length + " numbers, got " + count);
        }
        int length = nackLength(sequenceNumbers, count);
        Objects.checkFromIndexSize(off, length, buf.length);
        header(buf, off, GenericNack.FMT, RtcpPacket.RTPFB, length);
        RtpPacket.putU32(buf, off + 4, senderSsrc);
        RtpPacket.putU32(buf, off + 8, mediaSsrc);
        nackPairs(sequenceNumbers, count, buf, off + 12);
        return length;
    }

    /** Counts the PID/BLP pairs and, if {@code out} is not null, writes them. */
    private static int nackPairs(int[] seqs, int count, byte[] out, int at) {
        int pairs = 0;
        int pid = -1;
        int blp = 0;
        for (int i = 0; i < count; i++) {
            int seq = seqs[i] & 0xFFFF;
            int distance = pid < 0 ? -1 : (seq - pid) & 0xFFFF;
            if (distance >= 1 && distance <= 16) {
                blp |= 1 << (distance - 1);
            } else if (distance != 0) {
                if (pid >= 0 && out != null) {
                    RtpPacket.putU16(out, at + 4 * (pairs - 1), pid);
                    RtpPacket.putU16(out, at + 4 * (pairs - 1) + 2, blp);
                }
                pid = seq;
                blp = 0;
                pairs++;
            }
        }
        if (pid >= 0 && out != null) {
            RtpPacket.putU16(out, at + 4 * (pairs - 1), pid);
            RtpPacket.putU16(out, at + 4 * (pairs - 1) + 2, blp);
        }
        return pairs;
    }

    /** Length of a receiver report with this many blocks. */
    public static int receiverReportLength(int blocks) {
        return 8 + ReportBlock.LENGTH * blocks;
    }

    /**
     * Writes a receiver report from {@code senderSsrc} with up to 31 report blocks; returns its
     * length. The cumulative loss is clamped to the 24-bit signed range (RFC 3550 §6.4.1).
     *
     * @throws IllegalArgumentException with more than 31 blocks
     */
    public static int writeReceiverReport(byte[] buf, int off, int senderSsrc, List<ReportBlock> reports) {
        if (reports.size() > 31) {
            throw new IllegalArgumentException("an RR holds at most 31 report blocks");
        }
        int length = receiverReportLength(reports.size());
        Objects.checkFromIndexSize(off, length, buf.length);
        header(buf, off, reports.size(), RtcpPacket.RR, length);
        RtpPacket.putU32(buf, off + 4, senderSsrc);
        int p = off + 8;
        for (ReportBlock r : reports) {
            int lost = Math.max(-0x80_0000, Math.min(0x7F_FFFF, r.cumulativeLost()));
            RtpPacket.putU32(buf, p, r.ssrc());
            RtpPacket.putU32(buf, p + 4, (r.fractionLost() << 24) | (lost & 0xFF_FFFF));
            RtpPacket.putU32(buf, p + 8, (int) r.highestSequence());
            RtpPacket.putU32(buf, p + 12, (int) r.jitter());
            RtpPacket.putU32(buf, p + 16, (int) r.lastSenderReport());
            RtpPacket.putU32(buf, p + 20, (int) r.delaySinceLastSenderReport());
            p += ReportBlock.LENGTH;
        }
        return length;
    }

    private static void header(byte[] buf, int off, int count, int packetType, int length) {
        buf[off] = (byte) (0x80 | (count & 0x1F));
        buf[off + 1] = (byte) packetType;
        RtpPacket.putU16(buf, off + 2, length / 4 - 1);
    }
}
