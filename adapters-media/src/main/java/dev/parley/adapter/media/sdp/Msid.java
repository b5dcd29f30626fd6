package dev.parley.adapter.media.sdp;

import java.util.Objects;

/**
 * A media stream identification {@code a=msid:<stream id> [<track id>]} (RFC 8830 §2). Browsers
 * put the MediaStream id first and the MediaStreamTrack id second; {@code -} means no stream.
 * Parley uses the track id to match a media section to the client's publish request.
 */
public record Msid(String streamId, String trackId) {

    /** Longest id Parley accepts (RFC 8830 allows 64 characters). */
    public static final int MAX_ID = 64;

    public Msid {
        Objects.requireNonNull(streamId, "streamId");
        trackId = trackId == null ? "" : trackId;
        if (streamId.isEmpty() || streamId.length() > MAX_ID || !Tokens.isToken(streamId)
                || trackId.length() > MAX_ID || (!trackId.isEmpty() && !Tokens.isToken(trackId))) {
            throw new SdpException("a=msid ids must be tokens of 1 to 64 characters");
        }
    }

    /** Parses the attribute value (after {@code msid:}). */
    public static Msid parse(String value) {
        if (value.isEmpty()) {
            throw new SdpException("a=msid needs a stream id");
        }
        String[] f = Tokens.fields(value, "a=msid");
        if (f.length > 2) {
            throw new SdpException("a=msid must be '<stream id> [<track id>]'");
        }
        return new Msid(f[0], f.length == 2 ? f[1] : "");
    }

    /** The attribute value, without {@code msid:}. */
    public String attributeValue() {
        return trackId.isEmpty() ? streamId : streamId + " " + trackId;
    }
}
