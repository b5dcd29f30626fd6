package dev.parley.adapter.media.sdp;

import java.util.Objects;

/** The origin line {@code o=<username> <sess-id> <sess-version> IN IP4|IP6 <address>} (RFC 8866 §5.2). */
public record Origin(String username, String sessionId, long sessionVersion, String networkType, String addressType,
        String address) {

    public Origin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(networkType, "networkType");
        Objects.requireNonNull(addressType, "addressType");
        Objects.requireNonNull(address, "address");
    }

    /** Parses the line's value (after {@code o=}). */
    public static Origin parse(String value) {
        String[] f = Tokens.fields(value, "o=");
        if (f.length != 6) {
            throw new SdpException("o= must have 6 fields");
        }
        for (String x : f) {
            if (!Tokens.isToken(x.replace(':', '.'))) {
                throw new SdpException("o= fields must be tokens");
            }
        }
        if (f[1].length() > 20 || !f[1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SdpException("o= session id must be 1 to 20 digits");
        }
        long version = Tokens.parseUnsigned(f[2], 19, 0, Long.MAX_VALUE, "o= session version");
        if (!"IN".equals(f[3]) || !("IP4".equals(f[4]) || "IP6".equals(f[4]))) {
            throw new SdpException("o= must be of network type IN and address type IP4 or IP6");
        }
        return new Origin(f[0], f[1], version, f[3], f[4], f[5]);
    }

    /** The line's value, without {@code o=}. */
    public String lineValue() {
        return username + " " + sessionId + " " + sessionVersion + " " + networkType + " " + addressType + " " + address;
    }
}
