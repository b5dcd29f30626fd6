package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * Generic NACK (RFC 4585 §6.2.1): the sequence numbers the receiver reports lost, expanded from
 * the PID/BLP pairs in wire order.
 *
 * @param senderSsrc the SSRC of the packet sender
 * @param mediaSsrc the SSRC of the media source the losses are on
 * @param lostSequenceNumbers the sequence numbers reported lost
 */
public record GenericNack(int senderSsrc, int mediaSsrc, List<Integer> lostSequenceNumbers) implements RtcpPacket {

    /** The FMT value of a generic NACK in an RTPFB packet. */
    public static final int FMT = 1;

    /** Copies the list. */
    public GenericNack {
        lostSequenceNumbers = List.copyOf(lostSequenceNumbers);
    }

    @Override
    public int packetType() {
        return RTPFB;
    }
}
