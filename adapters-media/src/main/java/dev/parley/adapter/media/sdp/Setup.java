package dev.parley.adapter.media.sdp;

/**
 * The DTLS role attribute {@code a=setup} (RFC 4145 §4, RFC 8842 §5.1). An offer must say
 * {@link #ACTPASS}; Parley answers {@link #PASSIVE} and is the DTLS server.
 */
public enum Setup {
    ACTIVE, PASSIVE, ACTPASS, HOLDCONN;

    /** The attribute value, e.g. {@code passive}. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses the attribute value (exact, lower case). */
    public static Setup parse(String value) {
        for (Setup s : values()) {
            if (s.value().equals(value)) {
                return s;
            }
        }
        throw new SdpException("a=setup has an unknown role");
    }
}
