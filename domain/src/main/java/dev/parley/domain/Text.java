package dev.parley.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Small text checks shared by the value types of the domain. */
public final class Text {

    private Text() {
    }

    /** True when the string holds a C0/C1 control character, a line or paragraph separator. */
    public static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the string holds a character that cannot be seen or that changes how text around
     * it is shown: Unicode format characters (category Cf: zero-width spaces, bidirectional
     * overrides such as U+202E, the byte-order mark...) and unpaired UTF-16 surrogates (which do
     * not survive UTF-8 encoding, so two such strings could become the same bytes).
     */
    public static boolean hasInvisibleOrBrokenCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                int cp = Character.toCodePoint(c, s.charAt(++i));
                if (Character.getType(cp) == Character.FORMAT) {
                    return true;
                }
            } else if (Character.isLowSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                return true;
            }
        }
        return false;
    }

    /** True when every code point is white space, Unicode space separators (such as U+00A0) included. */
    public static boolean isBlankUnicode(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Unicode NFC form (RFC 8265-style normalisation of identifiers). */
    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Size of the string in UTF-8 bytes. */
    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Fails with {@code code} when {@code value} is longer than {@code maxBytes} in UTF-8. */
    public static String requireMaxBytes(String value, int maxBytes, String code, String what) {
        if (value != null && value.length() > maxBytes / 4 && utf8Length(value) > maxBytes) {
            throw new DomainViolation(code, what + " is larger than " + maxBytes + " bytes");
        }
        return value;
    }
}
