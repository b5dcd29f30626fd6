package dev.parley.adapter.media.stun;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5) and MESSAGE-INTEGRITY-SHA256 (§14.6) over a message
 * prefix. The HMAC covers the message up to the integrity attribute, with the header's length field
 * counted as if the integrity attribute were the last one: the buffer is never modified, the
 * adjusted length is fed to the MAC instead. One {@link Mac} per thread and algorithm.
 */
public final class StunIntegrity {

    /** Length of an HMAC-SHA1 value. */
    public static final int SHA1_LENGTH = 20;

    private static final ThreadLocal<Mac> SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));
    private static final ThreadLocal<Mac> SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));

    private StunIntegrity() {
    }

    /**
     * Writes the HMAC-SHA1 of {@code msg[msgOff, msgOff+prefixLength)} under {@code key}, the length
     * field taken as {@code prefixLength - 20 + 24}, into {@code out[outOff, outOff+20)}.
     */
    public static void computeSha1(byte[] key, byte[] msg, int msgOff, int prefixLength, byte[] out, int outOff) {
        Mac mac = SHA1.get();
        hmac(mac, key, "HmacSHA1", msg, msgOff, prefixLength, 4 + SHA1_LENGTH);
        try {
            mac.doFinal(out, outOff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC output buffer too small", e);
        }
    }

    /**
     * Writes the HMAC-SHA256 of the prefix, truncated to {@code length} bytes (16-32, multiple of 4,
     * §14.6), into {@code out[outOff, outOff+length)}.
     */
    public static void computeSha256(byte[] key, byte[] msg, int msgOff, int prefixLength, int length, byte[] out, int outOff) {
        Mac mac = SHA256.get();
        hmac(mac, key, "HmacSHA256", msg, msgOff, prefixLength, 4 + length);
        System.arraycopy(mac.doFinal(), 0, out, outOff, length);
    }

    /** True if {@code msg[valueOff, valueOff+20)} is the HMAC-SHA1 of the prefix (constant-time comparison). */
    static boolean verifySha1(byte[] key, byte[] msg, int msgOff, int prefixLength, int valueOff, int valueLength) {
        byte[] expected = new byte[SHA1_LENGTH];
        computeSha1(key, msg, msgOff, prefixLength, expected, 0);
        return constantTimeEquals(expected, msg, valueOff, valueLength);
    }

    /** True if {@code msg[valueOff, valueOff+valueLength)} is the truncated HMAC-SHA256 of the prefix. */
    static boolean verifySha256(byte[] key, byte[] msg, int msgOff, int prefixLength, int valueOff, int valueLength) {
        byte[] expected = new byte[valueLength];
        computeSha256(key, msg, msgOff, prefixLength, valueLength, expected, 0);
        return constantTimeEquals(expected, msg, valueOff, valueLength);
    }

    private static void hmac(Mac mac, byte[] key, String algorithm, byte[] msg, int msgOff, int prefixLength, int attributeLength) {
        if (key.length == 0) {
            throw new IllegalArgumentException("empty integrity key");
        }
        try {
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " refused its key", e);
        }
        int adjustedLength = prefixLength - StunMessage.HEADER_LENGTH + attributeLength;
        mac.update(msg, msgOff, 2);
        mac.update((byte) (adjustedLength >>> 8));
        mac.update((byte) adjustedLength);
        mac.update(msg, msgOff + 4, prefixLength - 4);
    }

    private static boolean constantTimeEquals(byte[] expected, byte[] msg, int valueOff, int valueLength) {
        if (valueLength != expected.length) {
            return false;
        }
        byte[] actual = new byte[valueLength];
        System.arraycopy(msg, valueOff, actual, 0, valueLength);
        return MessageDigest.isEqual(expected, actual);
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK without " + algorithm, e);
        }
    }
}
