package dev.parley.adapter.media.sdp;

/**
 * An SDP text was refused: malformed, over a limit, or lacking what WebRTC needs. The message is
 * written by Parley (a line number and what was expected), never a copy of the offending input,
 * so it is safe to return to the client and to log. No stack trace: refusals are cheap.
 */
public final class SdpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SdpException(String message) {
        super(message, null, false, false);
    }
}
