package dev.parley.adapter.media.sdp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One payload format of a media section, assembled from its {@code a=rtpmap} (RFC 8866 §6.6),
 * {@code a=fmtp} (§6.15) and {@code a=rtcp-fb} (RFC 4585 §4.2) lines.
 *
 * @param payloadType   0-127 (RFC 3550 §5.1; 64-95 conflict with RTCP under rtcp-mux, RFC 5761 §4, but browsers avoid them)
 * @param encodingName  as written, e.g. {@code VP8}, {@code opus}; compared case-insensitively
 * @param clockRate     Hz
 * @param channels      audio channels, 1 when not given
 * @param parameters    the fmtp line's value, empty when none
 * @param feedback      the rtcp-fb lines for this payload type (and {@code *})
 */
public record Codec(int payloadType, String encodingName, int clockRate, int channels, String parameters,
        List<RtcpFeedback> feedback) {

    public Codec {
        if (payloadType < 0 || payloadType > 127) {
            throw new SdpException("payload type must be 0-127");
        }
        Objects.requireNonNull(encodingName, "encodingName");
        parameters = parameters == null ? "" : parameters;
        feedback = List.copyOf(feedback);
    }

    /** The encoding name in upper case, for comparisons: {@code OPUS}, {@code VP8}, {@code H264}. */
    public String name() {
        return encodingName.toUpperCase(Locale.ROOT);
    }

    /** The fmtp parameters as ordered name/value pairs ({@code a=b;c=d}); a bare value maps to "". */
    public Map<String, String> parameterMap() {
        Map<String, String> m = new LinkedHashMap<>();
        if (parameters.isEmpty()) {
            return m;
        }
        for (String part : parameters.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                m.put(p, "");
            } else {
                m.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
        }
        return m;
    }

    /** The {@code a=rtpmap} value: {@code <pt> <name>/<rate>[/<channels>]}. */
    public String rtpmapValue() {
        String base = payloadType + " " + encodingName + "/" + clockRate;
        return channels > 1 ? base + "/" + channels : base;
    }

    /** This codec under another payload type (what a peer that numbered it differently calls it). */
    public Codec withPayloadType(int pt) {
        return new Codec(pt, encodingName, clockRate, channels, parameters, feedback);
    }

    /** This codec with another feedback list. */
    public Codec withFeedback(List<RtcpFeedback> fb) {
        return new Codec(payloadType, encodingName, clockRate, channels, parameters, fb);
    }

    /** True when this codec lists {@code fb}. */
    public boolean hasFeedback(RtcpFeedback fb) {
        return feedback.contains(fb);
    }
}
