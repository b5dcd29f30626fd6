package dev.parley.application.roomkey.derivation;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with SHA-256 (RFC 5869): extract-then-expand, on the JDK's HMAC-SHA-256 (Java 17 has no
 * HKDF API). Matches WebCrypto's {@code deriveBits({name: "HKDF", hash: "SHA-256", salt, info})}.
 */
public final class HkdfSha256 {

    /** HashLen of SHA-256, in bytes. */
    public static final int HASH_BYTES = 32;

    /** The longest output expand may produce: 255 * HashLen (RFC 5869 §2.3). */
    public static final int MAX_OUTPUT_BYTES = 255 * HASH_BYTES;

    private static final String HMAC = "HmacSHA256";

    private HkdfSha256() {
    }

    /** OKM = HKDF-Expand(HKDF-Extract(salt, IKM), info, L). */
    public static byte[] derive(byte[] inputKeyMaterial, byte[] salt, byte[] info, int lengthBytes) {
        byte[] prk = extract(salt, inputKeyMaterial);
        try {
            return expand(prk, info, lengthBytes);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    /**
     * PRK = HMAC-Hash(salt, IKM) (RFC 5869 §2.2). An empty salt means a string of HashLen zeros,
     * which is what HMAC does with an empty key anyway; the JDK refuses an empty key, hence the
     * explicit zeros.
     */
    public static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(inputKeyMaterial, "inputKeyMaterial");
        Mac mac = hmac(salt.length == 0 ? new byte[HASH_BYTES] : salt);
        return mac.doFinal(inputKeyMaterial);
    }

    /**
     * OKM = first L octets of T(1) || T(2) || ..., T(n) = HMAC-Hash(PRK, T(n-1) || info || n)
     * (RFC 5869 §2.3), L at most 255 * HashLen.
     */
    public static byte[] expand(byte[] prk, byte[] info, int lengthBytes) {
        Objects.requireNonNull(prk, "prk");
        Objects.requireNonNull(info, "info");
        if (prk.length < HASH_BYTES) {
            throw new IllegalArgumentException("HKDF PRK must be at least HashLen (32) bytes");
        }
        if (lengthBytes < 1 || lengthBytes > MAX_OUTPUT_BYTES) {
            throw new IllegalArgumentException("HKDF output length must be 1.." + MAX_OUTPUT_BYTES + " bytes");
        }
        Mac mac = hmac(prk);
        byte[] out = new byte[lengthBytes];
        byte[] t = new byte[0];
        try {
            int filled = 0;
            for (int n = 1; filled < lengthBytes; n++) {
                mac.update(t);
                mac.update(info);
                mac.update((byte) n);
                byte[] next = mac.doFinal();
                Arrays.fill(t, (byte) 0);
                t = next;
                int take = Math.min(HASH_BYTES, lengthBytes - filled);
                System.arraycopy(t, 0, out, filled, take);
                filled += take;
            }
            return out;
        } finally {
            Arrays.fill(t, (byte) 0);
        }
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides no HMAC-SHA-256", e);
        }
    }
}
