package dev.parley.adapter.media.rtp;

/**
 * What a datagram arriving on the shared media port is, decided from its first byte as RFC 7983
 * §7 prescribes (STUN 0-3, ZRTP 16-19, DTLS 20-63, TURN channel 64-79, RTP/RTCP 128-191), and
 * RTP told from RTCP by the second byte as RFC 5761 §4 prescribes (RTCP packet types 192-223 when
 * RTP and RTCP share a port).
 */
public enum PacketKind {
    /** STUN (RFC 8489): ICE connectivity checks and consent. */
    STUN,
    /** ZRTP (RFC 6189): never used by WebRTC; dropped. */
    ZRTP,
    /** A DTLS record (RFC 6347). */
    DTLS,
    /** TURN ChannelData (RFC 8656): never expected on an ICE-lite port; dropped. */
    TURN_CHANNEL,
    /** An (S)RTP packet. */
    RTP,
    /** An (S)RTCP compound packet. */
    RTCP,
    /** Anything else, including a datagram too short to classify. */
    UNKNOWN;

    /**
     * Classifies the datagram {@code buf[off, off + len)}. Never throws for any {@code len}
     * (a non-positive length is {@link #UNKNOWN}); reads at most two bytes.
     */
    public static PacketKind of(byte[] buf, int off, int len) {
        if (len < 1) {
            return UNKNOWN;
        }
        int first = buf[off] & 0xFF;
        if (first <= 3) {
            return STUN;
        }
        if (first >= 16 && first <= 19) {
            return ZRTP;
        }
        if (first >= 20 && first <= 63) {
            return DTLS;
        }
        if (first >= 64 && first <= 79) {
            return TURN_CHANNEL;
        }
        if (first >= 128 && first <= 191) {
            if (len < 2) {
                return UNKNOWN;
            }
            int packetType = buf[off + 1] & 0xFF;
            return packetType >= 192 && packetType <= 223 ? RTCP : RTP;
        }
        return UNKNOWN;
    }
}
