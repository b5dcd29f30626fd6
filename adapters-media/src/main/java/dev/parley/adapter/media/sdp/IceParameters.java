package dev.parley.adapter.media.sdp;

import java.util.Objects;

/**
 * ICE credentials of one side (RFC 8839 §5.4): {@code ice-ufrag} of 4 to 256 ice-chars and
 * {@code ice-pwd} of 22 to 256. The password authenticates STUN checks (RFC 8489 §9.2): it
 * never appears in {@link #toString()}.
 */
public record IceParameters(String ufrag, String pwd) {

    public IceParameters {
        checkUfrag(Objects.requireNonNull(ufrag, "ufrag"));
        checkPwd(Objects.requireNonNull(pwd, "pwd"));
    }

    static String checkUfrag(String v) {
        if (v.length() < 4 || v.length() > 256 || !Tokens.isIceChars(v)) {
            throw new SdpException("a=ice-ufrag must be 4 to 256 ice-chars (RFC 8839 §5.4)");
        }
        return v;
    }

    static String checkPwd(String v) {
        if (v.length() < 22 || v.length() > 256 || !Tokens.isIceChars(v)) {
            throw new SdpException("a=ice-pwd must be 22 to 256 ice-chars (RFC 8839 §5.4)");
        }
        return v;
    }

    @Override
    public String toString() {
        return "IceParameters[ufrag=" + ufrag + ", pwd=(hidden)]";
    }
}
