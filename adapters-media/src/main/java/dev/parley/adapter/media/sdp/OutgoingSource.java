package dev.parley.adapter.media.sdp;

import java.util.Objects;

/**
 * A source Parley sends in a media section of its answer (a forwarded track): its SSRC, the
 * RTCP CNAME (RFC 7022) and the msid the receiving browser exposes as stream and track ids.
 */
public record OutgoingSource(long ssrc, String cname, Msid msid) {

    public OutgoingSource {
        if (ssrc < 0 || ssrc > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("ssrc is 32 bits");
        }
        Objects.requireNonNull(cname, "cname");
        Objects.requireNonNull(msid, "msid");
        if (!Tokens.isToken(cname)) {
            throw new IllegalArgumentException("cname must be a token");
        }
    }
}
