package dev.parley.application.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 signatures of signed requests (RFC 2104 with SHA-256, RFC 4231), computed with
 * the JDK's {@link Mac}: the string-to-sign of both schemes, lowercase hex encoding and parsing,
 * and the constant-time comparison. Clients written in Java (tests, the CLI) sign with the same
 * methods the server verifies with.
 */
public final class RequestSignature {

    /** Length of a signature in bytes (SHA-256 output). */
    public static final int BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();
    private static final byte LINE_FEED = 0x0A;

    private RequestSignature() {
    }

    /**
     * The replay-protected signature: HMAC-SHA256(secret, timestamp || "\n" || nonce || "\n" || body),
     * {@code timestamp} and {@code nonce} as ASCII header values.
     */
    public static byte[] replayProtected(byte[] secret, String timestamp, String nonce, byte[] body) {
        Mac mac = mac(secret);
        mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        mac.update(LINE_FEED);
        mac.update(nonce.getBytes(StandardCharsets.US_ASCII));
        mac.update(LINE_FEED);
        mac.update(body);
        return mac.doFinal();
    }

    /** The plain Plug-N-Meet signature: HMAC-SHA256(secret, body). */
    public static byte[] plain(byte[] secret, byte[] body) {
        return mac(secret).doFinal(body);
    }

    /** Lowercase hex, as the {@code HASH-SIGNATURE} header carries it. */
    public static String toHex(byte[] signature) {
        return HEX.formatHex(signature);
    }

    /**
     * The bytes of a {@code HASH-SIGNATURE} value: exactly 64 lowercase hex digits (Plug-N-Meet
     * compares lowercase hex strings, so an uppercase signature never matched there either);
     * empty for anything else.
     */
    public static Optional<byte[]> parseHex(String header) {
        if (header == null || header.length() != 2 * BYTES) {
            return Optional.empty();
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return Optional.empty();
            }
        }
        return Optional.of(HEX.parseHex(header));
    }

    /**
     * True when both signatures are equal, compared in time independent of where they differ
     * (RFC 2104 §5 leaves the comparison to the verifier; {@link MessageDigest#isEqual} is
     * constant-time for equal lengths since JDK 6u17).
     */
    public static boolean matches(byte[] expected, byte[] presented) {
        return MessageDigest.isEqual(expected, presented);
    }

    /** One Mac per thread: the provider look-up of {@code Mac.getInstance} is paid once, not per request. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    /** This thread's Mac keyed with {@code secret} (init also resets any earlier state). */
    private static Mac mac(byte[] secret) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 rejected the key", e);
        }
    }

    /** Overwrites {@code bytes} with zeros (for secret copies once used). */
    static void wipe(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }
}
