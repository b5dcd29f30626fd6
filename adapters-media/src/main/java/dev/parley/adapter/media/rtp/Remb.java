package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * Receiver estimated maximum bitrate (draft-alvestrand-rmcat-remb §2.2), an application-layer
 * feedback message (PSFB, FMT 15, identifier "REMB").
 *
 * @param senderSsrc the SSRC of the packet sender
 * @param bitrate the estimated total bitrate in bits per second (mantissa shifted by exponent,
 *     saturated at {@link Long#MAX_VALUE})
 * @param ssrcs the media sources the estimate applies to
 */
public record Remb(int senderSsrc, long bitrate, List<Integer> ssrcs) implements RtcpPacket {

    /** The FMT value of application-layer feedback in a PSFB packet. */
    public static final int FMT = 15;

    /** Copies the source list. */
    public Remb {
        ssrcs = List.copyOf(ssrcs);
    }

    @Override
    public int packetType() {
        return PSFB;
    }
}
