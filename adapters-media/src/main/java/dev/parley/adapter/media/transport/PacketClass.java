package dev.parley.adapter.media.transport;

/**
 * RFC 7983 §7 demultiplexing of one UDP port by the first byte (and, inside 128-191, RFC 5761 §4's
 * RTCP packet types 192-223 in the second byte). Private to the transport until the rtp package's
 * {@code PacketKind} is merged; the ranges are the same.
 */
enum PacketClass {
    STUN, DTLS, RTP, RTCP, OTHER;

    /** Classifies {@code buf[off, off+len)}. */
    static PacketClass of(byte[] buf, int off, int len) {
        if (len < 1) {
            return OTHER;
        }
        int b = buf[off] & 0xFF;
        if (b <= 3) {
            return STUN;
        }
        if (b >= 20 && b <= 63) {
            return DTLS;
        }
        if (b >= 128 && b <= 191 && len >= 2) {
            int pt = buf[off + 1] & 0xFF;
            return pt >= 192 && pt <= 223 ? RTCP : RTP;
        }
        return OTHER;
    }
}
