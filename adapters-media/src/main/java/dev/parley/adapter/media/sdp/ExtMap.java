package dev.parley.adapter.media.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * An RTP header extension mapping {@code a=extmap:<id>[/<direction>] <uri> [<attributes>]}
 * (RFC 8285 §8). Ids 1-14 fit the one-byte header form, 15 is reserved, 16-255 need the two-byte
 * form ({@code a=extmap-allow-mixed}). The ids are the offerer's: an answer reuses them, and the
 * SFU rewrites ids between peers that chose differently.
 */
public record ExtMap(int id, Optional<Direction> direction, String uri, String attributes) {

    /** Audio level of the packet (RFC 6464). */
    public static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    /** The media section the packet belongs to (RFC 8843 §15.2). */
    public static final String SDES_MID = "urn:ietf:params:rtp-hdrext:sdes:mid";
    /** Coordination of video orientation (3GPP TS 26.114). */
    public static final String VIDEO_ORIENTATION = "urn:3gpp:video-orientation";

    public ExtMap {
        if (id < 1 || id > 255 || id == 15) {
            throw new SdpException("a=extmap id must be 1-14 or 16-255");
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(uri, "uri");
        attributes = attributes == null ? "" : attributes;
    }

    /** Parses the attribute value (after {@code extmap:}). */
    public static ExtMap parse(String value) {
        String[] f = Tokens.fields(value, "a=extmap");
        if (f.length < 2) {
            throw new SdpException("a=extmap must be '<id>[/<direction>] <uri>'");
        }
        String idPart = f[0];
        Optional<Direction> dir = Optional.empty();
        int slash = idPart.indexOf('/');
        if (slash >= 0) {
            dir = Optional.of(Direction.fromAttribute(idPart.substring(slash + 1))
                    .orElseThrow(() -> new SdpException("a=extmap has an unknown direction")));
            idPart = idPart.substring(0, slash);
        }
        int id = Tokens.parseInt(idPart, 1, 255, "a=extmap id");
        if (f[1].length() > 256 || !Tokens.isVisible(f[1])) {
            throw new SdpException("a=extmap uri is not a URI token");
        }
        String attrs = f.length > 2 ? value.substring(f[0].length() + f[1].length() + 2) : "";
        return new ExtMap(id, dir, f[1], attrs);
    }

    /** The attribute value, without {@code extmap:}. */
    public String attributeValue() {
        String head = direction.map(d -> id + "/" + d.attribute()).orElse(String.valueOf(id));
        return attributes.isEmpty() ? head + " " + uri : head + " " + uri + " " + attributes;
    }
}
