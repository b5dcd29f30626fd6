package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * A sender report (RFC 3550 §6.4.1); profile-specific extensions after the report blocks are
 * ignored.
 *
 * @param senderSsrc the sender's SSRC
 * @param ntpTimestamp the 64-bit NTP timestamp
 * @param rtpTimestamp the RTP timestamp of the same instant (unsigned 32 bits)
 * @param packetCount the sender's packet count (unsigned 32 bits)
 * @param octetCount the sender's payload octet count (unsigned 32 bits)
 * @param reports the reception report blocks
 */
public record SenderReport(int senderSsrc, long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount,
        List<ReportBlock> reports) implements RtcpPacket {

    /** Copies the report list. */
    public SenderReport {
        reports = List.copyOf(reports);
    }

    @Override
    public int packetType() {
        return SR;
    }
}
