package dev.parley.application.roomkey.derivation;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 with HMAC-SHA-256 as the pseudorandom function (RFC 8018 §5.2), on raw password bytes.
 * Written on {@link Mac} rather than {@code SecretKeyFactory "PBKDF2WithHmacSHA256"} because the
 * JDK's factory takes the password as {@code char[]} and so cannot express arbitrary bytes (LiveKit's
 * ratchet feeds 32 random bytes back in as a PBKDF2 password). Refuses an empty password: no key
 * in this contract is empty, and an empty HMAC key is a mistake worth catching.
 */
public final class Pbkdf2HmacSha256 {

    /** hLen: the length of one HMAC-SHA-256 output, in bytes. */
    public static final int BLOCK_BYTES = 32;

    private static final String HMAC = "HmacSHA256";

    private Pbkdf2HmacSha256() {
    }

    /**
     * DK = PBKDF2(P, S, c, dkLen) per RFC 8018 §5.2.
     *
     * @param password    P, never empty
     * @param salt        S (may be empty)
     * @param iterations  c, at least 1
     * @param lengthBytes dkLen, 1 .. (2^32 - 1) * hLen (step 1 of §5.2)
     */
    public static byte[] derive(byte[] password, byte[] salt, int iterations, int lengthBytes) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(salt, "salt");
        if (password.length == 0) {
            throw new IllegalArgumentException("PBKDF2 password must not be empty");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 iteration count must be at least 1");
        }
        if (lengthBytes < 1) {
            throw new IllegalArgumentException("PBKDF2 derived key length must be at least 1 byte");
        }
        // §5.2 step 1: dkLen > (2^32 - 1) * hLen cannot happen for an int length, so no check is needed.
        Mac prf = hmac(password);
        byte[] out = new byte[lengthBytes];
        byte[] u = new byte[BLOCK_BYTES];
        byte[] t = new byte[BLOCK_BYTES];
        byte[] blockIndex = new byte[4];
        try {
            int blocks = (lengthBytes + BLOCK_BYTES - 1) / BLOCK_BYTES; // §5.2 step 2: l = CEIL(dkLen / hLen)
            for (int i = 1; i <= blocks; i++) {
                // §5.2 step 3: T_i = F(P, S, c, i) = U_1 xor U_2 xor ... xor U_c
                blockIndex[0] = (byte) (i >>> 24);
                blockIndex[1] = (byte) (i >>> 16);
                blockIndex[2] = (byte) (i >>> 8);
                blockIndex[3] = (byte) i;
                prf.update(salt);
                prf.update(blockIndex); // U_1 = PRF(P, S || INT(i))
                prf.doFinal(u, 0);
                System.arraycopy(u, 0, t, 0, BLOCK_BYTES);
                for (int j = 2; j <= iterations; j++) {
                    prf.update(u); // U_j = PRF(P, U_{j-1})
                    prf.doFinal(u, 0);
                    for (int k = 0; k < BLOCK_BYTES; k++) {
                        t[k] ^= u[k];
                    }
                }
                // §5.2 steps 4-5: DK = T_1 || T_2 || ... || T_l<0..r-1>
                int offset = (i - 1) * BLOCK_BYTES;
                System.arraycopy(t, 0, out, offset, Math.min(BLOCK_BYTES, lengthBytes - offset));
            }
            return out;
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HMAC-SHA-256 output buffer too short", e);
        } finally {
            Arrays.fill(u, (byte) 0);
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
