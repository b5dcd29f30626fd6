package dev.parley.adapter.media.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES128_CM_HMAC_SHA1_80 (RFC 3711) on the JDK's AES/CTR/NoPadding and HmacSHA1.
 *
 * <ul>
 *   <li>Encryption (§4.1.1): AES counter mode with IV = {@code (salt * 2^16) XOR (SSRC * 2^64)
 *       XOR (index * 2^16)}; SRTP encrypts the payload, SRTCP everything after the first 8 bytes
 *       (§3.4).</li>
 *   <li>Authentication (§4.2): HMAC-SHA1 truncated to 80 bits over the authenticated portion:
 *       for SRTP the header and encrypted payload followed by the 32-bit ROC (§4.2, "M = Authenticated
 *       Portion || ROC"), for SRTCP the header, encrypted portion and E|index (§3.4). The tag is
 *       compared in constant time, and before anything is decrypted (§3.3 step 5).</li>
 * </ul>
 */
final class AesCmHmacTransform extends SrtpTransform {

    private static final int TAG = 10;

    private final Cipher ctr = Jce.cipher("AES/CTR/NoPadding");
    private final Mac mac = Jce.mac("HmacSHA1");
    private final SecretKeySpec key;
    private final byte[] salt;
    private final byte[] iv = new byte[16];
    private final byte[] digest = new byte[20];
    private final byte[] roc = new byte[4];
    /** Counter-mode output, grown to the largest packet seen (1,500 bytes covers an MTU). */
    private byte[] scratch = new byte[1500];

    AesCmHmacTransform(SessionKeys keys) {
        this.key = new SecretKeySpec(keys.encryptionKey, "AES");
        this.salt = keys.salt.clone();
        try {
            mac.init(new SecretKeySpec(keys.authenticationKey, "HmacSHA1"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 key rejected", e);
        }
    }

    private void iv(int ssrc, long index) {
        System.arraycopy(salt, 0, iv, 0, 14);
        iv[14] = 0;
        iv[15] = 0;
        xorInt(iv, 4, ssrc);
        iv[8] ^= (byte) (index >>> 40);
        iv[9] ^= (byte) (index >>> 32);
        xorInt(iv, 10, (int) index);
    }

    /**
     * XORs the keystream into {@code buf[from, from + length)}. The JDK's counter mode copies its
     * input to a fresh array when asked to work in place (a 1.2 kB allocation per packet), so it
     * writes to a reused scratch array that is copied back instead.
     */
    private boolean crypt(byte[] buf, int from, int length, int ssrc, long index) {
        iv(ssrc, index);
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, 2 * scratch.length)];
        }
        try {
            ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            int n = ctr.doFinal(buf, from, length, scratch, 0);
            System.arraycopy(scratch, 0, buf, from, n);
            return true;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return false;
        }
    }

    /** HMAC over {@code buf[off, off + len)} (and the ROC for SRTP) into {@link #digest}. */
    private boolean authenticate(byte[] buf, int off, int len, long rtpIndex) {
        try {
            mac.update(buf, off, len);
            if (rtpIndex >= 0) {
                putInt(roc, 0, (int) (rtpIndex >>> 16));
                mac.update(roc, 0, 4);
            }
            mac.doFinal(digest, 0);
            return true;
        } catch (GeneralSecurityException | IllegalStateException e) {
            mac.reset();
            return false;
        }
    }

    private boolean tagMatches(byte[] buf, int at) {
        int diff = 0;
        for (int i = 0; i < TAG; i++) {
            diff |= digest[i] ^ buf[at + i];
        }
        return diff == 0;
    }

    @Override
    int sealRtp(byte[] buf, int off, int headerLength, int len, int ssrc, long index) {
        if (!crypt(buf, off + headerLength, len - headerLength, ssrc, index)
                || !authenticate(buf, off, len, index)) {
            return SrtpError.CRYPTO_FAILURE;
        }
        System.arraycopy(digest, 0, buf, off + len, TAG);
        return len + TAG;
    }

    @Override
    int openRtp(byte[] buf, int off, int headerLength, int len, int ssrc, long index) {
        int end = len - TAG;
        if (!authenticate(buf, off, end, index)) {
            return SrtpError.CRYPTO_FAILURE;
        }
        if (!tagMatches(buf, off + end)) {
            return SrtpError.AUTH_FAILED;
        }
        return crypt(buf, off + headerLength, end - headerLength, ssrc, index) ? end : SrtpError.CRYPTO_FAILURE;
    }

    @Override
    int sealRtcp(byte[] buf, int off, int len, int ssrc, int index) {
        if (!crypt(buf, off + 8, len - 8, ssrc, index)) {
            return SrtpError.CRYPTO_FAILURE;
        }
        putInt(buf, off + len, 0x8000_0000 | index);
        if (!authenticate(buf, off, len + 4, -1)) {
            return SrtpError.CRYPTO_FAILURE;
        }
        System.arraycopy(digest, 0, buf, off + len + 4, TAG);
        return len + 4 + TAG;
    }

    @Override
    int openRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypted) {
        int authenticated = len - TAG;
        if (!authenticate(buf, off, authenticated, -1)) {
            return SrtpError.CRYPTO_FAILURE;
        }
        if (!tagMatches(buf, off + authenticated)) {
            return SrtpError.AUTH_FAILED;
        }
        int rtcpLength = authenticated - 4;
        if (encrypted && !crypt(buf, off + 8, rtcpLength - 8, ssrc, index)) {
            return SrtpError.CRYPTO_FAILURE;
        }
        return rtcpLength;
    }

    @Override
    int srtcpIndexFromEnd() {
        return TAG + 4;
    }
}
