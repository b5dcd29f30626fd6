package dev.parley.adapter.media.sdp;

/** Character classes of the SDP grammar (RFC 8866 §9) and small strict number parsers. */
final class Tokens {

    private Tokens() {
    }

    /** RFC 8866 token-char: %x21 / %x23-27 / %x2A-2B / %x2D-2E / %x30-39 / %x41-5A / %x5E-7E. */
    static boolean isTokenChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x27) || c == 0x2A || c == 0x2B || c == 0x2D || c == 0x2E
                || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x5E && c <= 0x7E);
    }

    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One or more visible ASCII characters (VCHAR, %x21-7E): a URI, a byte-string without spaces. */
    static boolean isVisible(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** RFC 8839 §5.4 ice-char: ALPHA / DIGIT / "+" / "/". */
    static boolean isIceChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A decimal integer of at most {@code maxDigits} digits within [min, max]; no sign, no
     * spaces, no leading '+'.
     */
    static long parseUnsigned(String s, int maxDigits, long min, long max, String what) {
        if (s == null || s.isEmpty() || s.length() > maxDigits) {
            throw new SdpException(what + " is not a number in range");
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new SdpException(what + " is not a number in range");
            }
            v = v * 10 + (c - '0');
        }
        if (v < min || v > max) {
            throw new SdpException(what + " is not a number in range");
        }
        return v;
    }

    static int parseInt(String s, int min, int max, String what) {
        return (int) parseUnsigned(s, 10, min, max, what);
    }

    /** Splits on single spaces; an empty field (two spaces, leading or trailing space) is refused. */
    static String[] fields(String s, String what) {
        String[] f = s.split(" ", -1);
        for (String x : f) {
            if (x.isEmpty()) {
                throw new SdpException(what + " has an empty field");
            }
        }
        return f;
    }
}
