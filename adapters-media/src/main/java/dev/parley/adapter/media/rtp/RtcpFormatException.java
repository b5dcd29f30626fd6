package dev.parley.adapter.media.rtp;

/**
 * An RTCP datagram that is not a well-formed compound packet (RFC 3550 §6.1 and Appendix A.2,
 * RFC 4585 §6.1) or holds a feedback message whose body does not match its type. The message
 * says what is wrong; it never contains packet bytes.
 */
public final class RtcpFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with this reason. */
    public RtcpFormatException(String reason) {
        super(reason);
    }
}
