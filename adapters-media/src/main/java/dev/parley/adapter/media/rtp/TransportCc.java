package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * Transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-extensions-01
 * §3.1): which transport sequence numbers arrived and with what inter-arrival deltas.
 *
 * @param senderSsrc the SSRC of the packet sender
 * @param mediaSsrc the SSRC of the media source
 * @param baseSequence the first transport sequence number described (0..65535)
 * @param statusCount how many packets are described
 * @param referenceTime the 24-bit signed reference time, in multiples of 64 ms
 * @param feedbackCount the feedback packet counter (0..255)
 * @param arrivals the packets reported received, in order, each with its receive delta
 */
public record TransportCc(int senderSsrc, int mediaSsrc, int baseSequence, int statusCount, int referenceTime,
        int feedbackCount, List<Arrival> arrivals) implements RtcpPacket {

    /** The FMT value of transport-wide feedback in an RTPFB packet. */
    public static final int FMT = 15;

    /** Copies the arrival list. */
    public TransportCc {
        arrivals = List.copyOf(arrivals);
    }

    @Override
    public int packetType() {
        return RTPFB;
    }

    /**
     * One received packet.
     *
     * @param sequenceNumber its transport-wide sequence number (0..65535)
     * @param delta its receive delta in 250 µs ticks (from the reference time for the first one,
     *     from the previous arrival otherwise); negative deltas come from large (16-bit) deltas
     */
    public record Arrival(int sequenceNumber, int delta) {
    }
}
