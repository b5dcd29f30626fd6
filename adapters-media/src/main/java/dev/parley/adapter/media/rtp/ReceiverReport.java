package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * A receiver report (RFC 3550 §6.4.2).
 *
 * @param senderSsrc the reporter's SSRC
 * @param reports the reception report blocks (0..31)
 */
public record ReceiverReport(int senderSsrc, List<ReportBlock> reports) implements RtcpPacket {

    /** Copies the report list. */
    public ReceiverReport {
        reports = List.copyOf(reports);
    }

    @Override
    public int packetType() {
        return RR;
    }
}
