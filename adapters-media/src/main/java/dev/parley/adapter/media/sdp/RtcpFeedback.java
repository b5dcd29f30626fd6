package dev.parley.adapter.media.sdp;

import java.util.Objects;

/**
 * An RTCP feedback capability {@code a=rtcp-fb:<pt>|* <type> [<parameter>]} (RFC 4585 §4.2), e.g.
 * {@code nack}, {@code nack pli}, {@code ccm fir}, {@code transport-cc}, {@code goog-remb}.
 *
 * @param type      the feedback type, e.g. {@code nack}
 * @param parameter the parameter, empty when none, e.g. {@code pli}
 */
public record RtcpFeedback(String type, String parameter) {

    /** Generic NACK (RFC 4585 §6.2.1). */
    public static final RtcpFeedback NACK = new RtcpFeedback("nack", "");
    /** Picture loss indication (RFC 4585 §6.3.1). */
    public static final RtcpFeedback PLI = new RtcpFeedback("nack", "pli");
    /** Full intra request (RFC 5104 §4.3.1). */
    public static final RtcpFeedback FIR = new RtcpFeedback("ccm", "fir");

    public RtcpFeedback {
        Objects.requireNonNull(type, "type");
        parameter = parameter == null ? "" : parameter;
        if (!Tokens.isToken(type) || (!parameter.isEmpty() && !Tokens.isToken(parameter.replace(' ', '.')))) {
            throw new SdpException("a=rtcp-fb type and parameter must be tokens");
        }
    }

    /** {@code type} or {@code type parameter}. */
    public String text() {
        return parameter.isEmpty() ? type : type + " " + parameter;
    }
}
