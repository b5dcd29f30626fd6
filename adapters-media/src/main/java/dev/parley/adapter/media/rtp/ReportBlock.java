package dev.parley.adapter.media.rtp;

/**
 * A reception report block of an SR or RR (RFC 3550 §6.4.1).
 *
 * @param ssrc the source this block reports on
 * @param fractionLost fraction lost since the previous report, in 1/256 units (0..255)
 * @param cumulativeLost cumulative number of packets lost (24-bit signed)
 * @param highestSequence extended highest sequence number received (unsigned 32 bits)
 * @param jitter interarrival jitter in timestamp units (unsigned 32 bits)
 * @param lastSenderReport middle 32 bits of the NTP timestamp of the last SR received (LSR)
 * @param delaySinceLastSenderReport delay since that SR in 1/65536 s (DLSR)
 */
public record ReportBlock(int ssrc, int fractionLost, int cumulativeLost, long highestSequence, long jitter,
        long lastSenderReport, long delaySinceLastSenderReport) {

    /** Size of one block on the wire. */
    public static final int LENGTH = 24;
}
