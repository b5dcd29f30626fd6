package dev.parley.adapter.crypto.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds compact JWS by hand for tests, with the JDK's own base64 and HMAC: independent of the
 * codec under test, so that hostile tokens can be made exactly as an attacker would.
 */
final class Jws {

    private Jws() {
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(String algorithm, byte[] key, String signingInput) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** header.payload signed with HMAC-SHA256 under {@code key}. */
    static String hs256(String headerJson, String payloadJson, byte[] key) {
        String input = b64(headerJson) + "." + b64(payloadJson);
        return input + "." + b64(hmac("HmacSHA256", key, input));
    }

    /** header.payload (already encoded segments) signed with HMAC-SHA256. */
    static String hs256Segments(String header, String payload, byte[] key) {
        String input = header + "." + payload;
        return input + "." + b64(hmac("HmacSHA256", key, input));
    }
}
