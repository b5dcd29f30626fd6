package dev.parley.adapter.media.rtp;

import java.util.List;

/**
 * Source description (RFC 3550 §6.5): one chunk per source; only CNAME (§6.5.1) is kept.
 *
 * @param chunks the chunks in wire order
 */
public record SourceDescription(List<Chunk> chunks) implements RtcpPacket {

    /** Copies the chunk list. */
    public SourceDescription {
        chunks = List.copyOf(chunks);
    }

    @Override
    public int packetType() {
        return SDES;
    }

    /**
     * One SDES chunk.
     *
     * @param ssrc the source
     * @param cname its CNAME item decoded as UTF-8, or the empty string if the chunk has none
     */
    public record Chunk(int ssrc, String cname) {
    }
}
