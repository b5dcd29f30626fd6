package dev.parley.adapter.media.sdp;

/**
 * A source attribute {@code a=ssrc:<ssrc> <name>[:<value>]} (RFC 5576 §4.1), e.g. {@code cname}
 * or {@code msid}. The SSRC is an unsigned 32-bit value kept in a long.
 */
public record SsrcAttribute(long ssrc, String name, String value) {

    public SsrcAttribute {
        if (ssrc < 0 || ssrc > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("ssrc is 32 bits");
        }
        if (!Tokens.isToken(name)) {
            throw new IllegalArgumentException("ssrc attribute name is not a token");
        }
    }

    /** Parses the attribute value (after {@code ssrc:}). */
    public static SsrcAttribute parse(String value) {
        int sp = value.indexOf(' ');
        if (sp <= 0) {
            throw new SdpException("a=ssrc must be '<ssrc> <attribute>'");
        }
        long ssrc = Tokens.parseUnsigned(value.substring(0, sp), 10, 0, 0xFFFFFFFFL, "a=ssrc ssrc");
        String rest = value.substring(sp + 1);
        int colon = rest.indexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        if (!Tokens.isToken(name)) {
            throw new SdpException("a=ssrc attribute name is not a token");
        }
        return new SsrcAttribute(ssrc, name, colon < 0 ? null : rest.substring(colon + 1));
    }

    /** The attribute value, without {@code ssrc:}. */
    public String attributeValue() {
        return value == null ? ssrc + " " + name : ssrc + " " + name + ":" + value;
    }
}
