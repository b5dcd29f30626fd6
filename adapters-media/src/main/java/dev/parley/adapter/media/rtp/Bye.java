package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * Goodbye (RFC 3550 §6.6).
 *
 * @param ssrcs the sources leaving
 * @param reason the optional reason decoded as UTF-8, or the empty string
 */
public record Bye(List<Integer> ssrcs, String reason) implements RtcpPacket {

    /** Copies the source list. */
    public Bye {
        ssrcs = List.copyOf(ssrcs);
    }

    @Override
    public int packetType() {
        return BYE;
    }
}
