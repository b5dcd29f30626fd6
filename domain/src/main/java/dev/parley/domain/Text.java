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
