package dev.parley.application.roomkey.derivation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strict UTF-8 (RFC 3629), as WebCrypto clients get it from {@code TextEncoder} for well-formed
 * strings. A string with an unpaired surrogate is refused rather than replaced: {@code TextEncoder}
 * would write U+FFFD where Java writes '?', so the two sides would silently derive different keys.
 * Error messages never quote the input (it is a secret).
 */
final class Utf8 {

    private Utf8() {
    }

    /** The UTF-8 bytes of {@code text}; {@link IllegalArgumentException} if it is not well-formed UTF-16. */
    static byte[] encode(String text, String what) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = Arrays.copyOfRange(b.array(), b.position(), b.limit());
            Arrays.fill(b.array(), (byte) 0);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not well-formed Unicode (unpaired surrogate)");
        }
    }

    /** The text of UTF-8 {@code bytes}; {@link IllegalArgumentException} if they are not valid UTF-8. */
    static String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " is not valid UTF-8");
        }
    }
}
