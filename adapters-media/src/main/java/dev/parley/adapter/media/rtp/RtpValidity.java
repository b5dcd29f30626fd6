package dev.parley.adapter.media.rtp;

/**
 * The outcome of {@link RtpPacket#wrap}: {@link #VALID} or why the bytes are not an RTP packet
 * (RFC 3550 §5.1 header, RFC 3550 §5.3.1 extension, RFC 3550 §5.1 padding).
 */
public enum RtpValidity {
    /** The fixed header, CSRC list, extension block and padding all fit the datagram. */
    VALID,
    /** Shorter than the 12-byte fixed header. */
    TOO_SHORT,
    /** The version field is not 2. */
    BAD_VERSION,
    /** The CSRC list runs past the end of the datagram. */
    CSRC_OVERRUN,
    /** The header extension (its 4-byte header or its declared length) runs past the end. */
    EXTENSION_OVERRUN,
    /** The padding count is zero or longer than the payload. */
    BAD_PADDING;

    /** Whether the packet may be used. */
    public boolean isValid() {
        return this == VALID;
    }
}
