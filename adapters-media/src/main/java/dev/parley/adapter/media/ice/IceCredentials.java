package dev.parley.adapter.media.ice;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * An ICE username fragment and password (RFC 8445 §5.3, grammar in RFC 8839 §5.4: {@code ice-char =
 * ALPHA / DIGIT / "+" / "/"}, ufrag 4-256 chars, pwd 22-256 chars).
 *
 * <p>The password is a secret: {@link #toString()} never shows it.
 */
public record IceCredentials(String ufrag, String pwd) {

    /** Length of generated ufrags: 8 ice-chars, 48 bits, unique per transport. */
    public static final int GENERATED_UFRAG_LENGTH = 8;
    /** Length of generated passwords: 24 ice-chars of 6 bits each, 144 bits (RFC 8445 §5.3 asks for at least 128). */
    public static final int GENERATED_PWD_LENGTH = 24;

    private static final char[] ICE_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    /** Checks the RFC 8839 §5.4 grammar; a bad value is refused with a message that never contains the password. */
    public IceCredentials {
        Objects.requireNonNull(ufrag, "ufrag");
        Objects.requireNonNull(pwd, "pwd");
        if (ufrag.length() < 4 || ufrag.length() > 256 || !isIceChars(ufrag)) {
            throw new IllegalArgumentException("ICE ufrag must be 4-256 ice-chars (RFC 8839 §5.4)");
        }
        if (pwd.length() < 22 || pwd.length() > 256 || !isIceChars(pwd)) {
            throw new IllegalArgumentException("ICE pwd must be 22-256 ice-chars (RFC 8839 §5.4)");
        }
    }

    /** Fresh credentials from {@code random} (a {@link SecureRandom}: the pwd keys MESSAGE-INTEGRITY). */
    public static IceCredentials generate(SecureRandom random) {
        return new IceCredentials(randomIceChars(random, GENERATED_UFRAG_LENGTH),
                randomIceChars(random, GENERATED_PWD_LENGTH));
    }

    /** The HMAC key of the short-term credential mechanism: the pwd's bytes (RFC 8489 §9.1.1; ice-chars are ASCII, so OpaqueString is the identity). */
    public byte[] integrityKey() {
        return pwd.getBytes(StandardCharsets.US_ASCII);
    }

    /** True if every character of {@code s} is an ice-char. */
    public static boolean isIceChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String randomIceChars(SecureRandom random, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ICE_CHARS[random.nextInt(ICE_CHARS.length)];
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return "IceCredentials[ufrag=" + ufrag + ", pwd=<redacted>]";
    }
}
