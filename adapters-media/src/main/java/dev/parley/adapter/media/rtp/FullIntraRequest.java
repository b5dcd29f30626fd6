package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * Full intra request (RFC 5104 §4.3.1): one entry per media sender asked for a decoder refresh.
 *
 * @param senderSsrc the SSRC of the packet sender
 * @param entries the FCI entries
 */
public record FullIntraRequest(int senderSsrc, List<Entry> entries) implements RtcpPacket {

    /** The FMT value of a FIR in a PSFB packet. */
    public static final int FMT = 4;

    /** Copies the entry list. */
    public FullIntraRequest {
        entries = List.copyOf(entries);
    }

    @Override
    public int packetType() {
        return PSFB;
    }

    /**
     * One FIR entry (RFC 5104 §4.3.1.1).
     *
     * @param ssrc the media sender asked for a refresh
     * @param sequenceNumber the command sequence number (0..255)
     */
    public record Entry(int ssrc, int sequenceNumber) {
    }
}
