package dev.parley.adapter.media.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_128_GCM and AEAD_AES_256_GCM (RFC 7714) on the JDK's AES/GCM/NoPadding.
 *
 * <ul>
 *   <li>SRTP (§8): IV = {@code (00 00 || SSRC || ROC || SEQ) XOR salt} (§8.1); the associated
 *       data is the whole RTP header, CSRCs and extension included (§8.2); the 16-byte tag
 *       follows the ciphertext.</li>
 *   <li>SRTCP (§9): IV = {@code (00 00 || SSRC || 00 00 || 0 || index) XOR salt} (§9.1); with
 *       E=1 the associated data is the first 8 bytes and the E|index word, the rest is encrypted
 *       (§9.2); with E=0 the whole RTCP packet and the E|index word are associated data (§9.3).
 *       Layout: header, ciphertext, tag, E|index (§9, Figure 3).</li>
 * </ul>
 */
final class AesGcmTransform extends SrtpTransform {

    private static final int TAG = 16;
    private static final int TAG_BITS = 128;

    private final Cipher cipher = Jce.cipher("AES/GCM/NoPadding");
    private final SecretKeySpec key;
    private final byte[] salt;
    private final byte[] iv = new byte[12];

    AesGcmTransform(SessionKeys keys) {
        this.key = new SecretKeySpec(keys.encryptionKey, "AES");
        this.salt = keys.salt.clone();
    }

    private void rtpIv(int ssrc, long index) {
        System.arraycopy(salt, 0, iv, 0, 12);
        xorInt(iv, 2, ssrc);
        xorInt(iv, 6, (int) (index >>> 16));
        iv[10] ^= (byte) (index >>> 8);
        iv[11] ^= (byte) index;
    }

    private void rtcpIv(int ssrc, int index) {
        System.arraycopy(salt, 0, iv, 0, 12);
        xorInt(iv, 2, ssrc);
        xorInt(iv, 8, index);
    }

    @Override
    int sealRtp(byte[] buf, int off, int headerLength, int len, int ssrc, long index) {
        rtpIv(ssrc, index);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(buf, off, headerLength);
            int n = cipher.doFinal(buf, off + headerLength, len - headerLength, buf, off + headerLength);
            return headerLength + n;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return SrtpError.CRYPTO_FAILURE;
        }
    }

    @Override
    int openRtp(byte[] buf, int off, int headerLength, int len, int ssrc, long index) {
        rtpIv(ssrc, index);
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(buf, off, headerLength);
            int n = cipher.doFinal(buf, off + headerLength, len - headerLength, buf, off + headerLength);
            return headerLength + n;
        } catch (AEADBadTagException e) {
            return SrtpError.AUTH_FAILED;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return SrtpError.CRYPTO_FAILURE;
        }
    }

    @Override
    int sealRtcp(byte[] buf, int off, int len, int ssrc, int index) {
        rtcpIv(ssrc, index);
        int trailer = off + len + TAG;
        putInt(buf, trailer, 0x8000_0000 | index);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(buf, off, 8);
            cipher.updateAAD(buf, trailer, 4);
            int n = cipher.doFinal(buf, off + 8, len - 8, buf, off + 8);
            return 8 + n + 4;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return SrtpError.CRYPTO_FAILURE;
        }
    }

    @Override
    int openRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypted) {
        rtcpIv(ssrc, index);
        int trailer = off + len - 4;
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            if (encrypted) {
                cipher.updateAAD(buf, off, 8);
                cipher.updateAAD(buf, trailer, 4);
                int n = cipher.doFinal(buf, off + 8, len - 8 - 4, buf, off + 8);
                return 8 + n;
            }
            int rtcpLength = len - 4 - TAG;
            cipher.updateAAD(buf, off, rtcpLength);
            cipher.updateAAD(buf, trailer, 4);
            cipher.doFinal(buf, off + rtcpLength, TAG, buf, off + rtcpLength);
            return rtcpLength;
        } catch (AEADBadTagException e) {
            return SrtpError.AUTH_FAILED;
        } catch (GeneralSecurityException | IllegalStateException e) {
            return SrtpError.CRYPTO_FAILURE;
        }
    }

    @Override
    int srtcpIndexFromEnd() {
        return 4;
    }
}
