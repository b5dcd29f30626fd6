package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * RFC 7714 §16 (AES-GCM SRTP) and §17 (AES-GCM SRTCP) test vectors. The RFC gives session keys
 * (key 000102..., salt "Quid pro quo"), so the contexts here are built on them directly.
 */
class Rfc7714VectorsTest {

    private static final byte[] KEY_128 = Hex.bytes("000102030405060708090a0b0c0d0e0f");
    private static final byte[] KEY_256 = Hex.bytes("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static final byte[] SALT = Hex.bytes("517569642070726f2071756f");

    /** §16: header 8040f17b 8041f8d3 5501a0b2, payload "Gallia est omnis divisa in partes tres". */
    private static final String RTP = "8040f17b 8041f8d3 5501a0b2 47616c6c 69612065 7374206f 6d6e6973 20646976"
            + "69736120 696e2070 61727465 73207472 6573";
    private static final String SRTP_128 = "8040f17b 8041f8d3 5501a0b2 f24de3a3 fb34de6c acba861c 9d7e4bca be633bd5"
            + "0d294e6f 42a5f47a 51c7d19b 36de3adf 8833899d 7f27beb1 6a9152cf 765ee439 0cce";
    private static final String SRTP_256 = "8040f17b 8041f8d3 5501a0b2 32b1de78 a822fe12 ef9f78fa 332e33aa b1801238"
            + "9a58e2f3 b50b2a02 76ffae0f 1ba63799 b87b7aa3 db36dfff d6b0f9bb 7878d7a7 6c13";

    /** §17: an SR from SSRC "Mars" with SRTCP index 0x5d4. */
    private static final String RTCP = "81c8000d 4d617273 4e545031 4e545032 52545020 0000042a 0000e930 4c756e61"
            + "deadbeef deadbeef deadbeef deadbeef deadbeef";
    private static final String SRTCP_128 = "81c8000d 4d617273 63e94885 dcdab67c a727d766 2f6b7e99 7ff5c0f7 6c06f32d"
            + "c676a5f1 730d6fda 4ce09b46 86303ded 0bb9275b c84aa458 96cf4d2f c5abf872 45d9eade 800005d4";
    private static final String SRTCP_256 = "81c8000d 4d617273 d50ae4d1 f5ce5d30 4ba297e4 7d470c28 2c3ece5d bffe0a50"
            + "a2eaa5c1 110555be 8415f658 c61de047 6f1b6fad 1d1eb30c 4446839f 57ff6f6c b26ac3be 800005d4";
    private static final String SRTCP_128_UNENCRYPTED = RTCP
            + "841dd968 3dd78ec9 2ae58790 125f62b3 000005d4";
    private static final String SRTCP_256_UNENCRYPTED = RTCP
            + "91db4afb feee5a97 8fab4393 ed2615fe 000005d4";

    private static SrtpContext context(SrtpProfile profile, byte[] key, boolean sending) {
        SessionKeys keys = new SessionKeys(key.clone(), SALT.clone(), new byte[0]);
        return SrtpContext.withSessionKeys(profile, sending, keys, keys);
    }

    @Test
    void vectorIsAesGcmUnderTheSection81Iv() throws Exception {
        // Independent of Parley: the JDK's AES-GCM with the IV §16.1 prints and the header as AAD.
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY_128, "AES"),
                new GCMParameterSpec(128, Hex.bytes("51753c6580c2726f20718414")));
        byte[] rtp = Hex.bytes(RTP);
        gcm.updateAAD(rtp, 0, 12);
        byte[] out = gcm.doFinal(rtp, 12, rtp.length - 12);

        assertThat(Hex.of(out, 0, out.length)).isEqualTo(Hex.of(Hex.bytes(SRTP_128), 12, out.length));
    }

    @Test
    void protectsRtpAsSection161() {
        byte[] buf = Hex.buffer(RTP, 16);
        int len = context(SrtpProfile.AEAD_AES_128_GCM, KEY_128, true).protectRtp(buf, 0, Hex.bytes(RTP).length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(SRTP_128), 0, Hex.bytes(SRTP_128).length));
    }

    @Test
    void unprotectsRtpAsSection161() {
        byte[] buf = Hex.bytes(SRTP_128);
        int len = context(SrtpProfile.AEAD_AES_128_GCM, KEY_128, false).unprotectRtp(buf, 0, buf.length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(RTP), 0, Hex.bytes(RTP).length));
    }

    @Test
    void protectsRtpAsSection162WithAes256() {
        byte[] buf = Hex.buffer(RTP, 16);
        int len = context(SrtpProfile.AEAD_AES_256_GCM, KEY_256, true).protectRtp(buf, 0, Hex.bytes(RTP).length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(SRTP_256), 0, Hex.bytes(SRTP_256).length));
    }

    @Test
    void unprotectsRtpAsSection162WithAes256() {
        byte[] buf = Hex.bytes(SRTP_256);
        int len = context(SrtpProfile.AEAD_AES_256_GCM, KEY_256, false).unprotectRtp(buf, 0, buf.length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(RTP), 0, Hex.bytes(RTP).length));
    }

    @Test
    void protectsRtcpAsSection171() {
        SrtpContext sender = context(SrtpProfile.AEAD_AES_128_GCM, KEY_128, true);
        sender.setNextSrtcpIndex(0x4d617273, 0x5d4);
        byte[] buf = Hex.buffer(RTCP, 20);

        int len = sender.protectRtcp(buf, 0, Hex.bytes(RTCP).length);

        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(SRTCP_128), 0, Hex.bytes(SRTCP_128).length));
    }

    @Test
    void unprotectsRtcpAsSection171() {
        byte[] buf = Hex.bytes(SRTCP_128);
        int len = context(SrtpProfile.AEAD_AES_128_GCM, KEY_128, false).unprotectRtcp(buf, 0, buf.length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(RTCP), 0, Hex.bytes(RTCP).length));
    }

    @Test
    void protectsRtcpAsSection172WithAes256() {
        SrtpContext sender = context(SrtpProfile.AEAD_AES_256_GCM, KEY_256, true);
        sender.setNextSrtcpIndex(0x4d617273, 0x5d4);
        byte[] buf = Hex.buffer(RTCP, 20);

        int len = sender.protectRtcp(buf, 0, Hex.bytes(RTCP).length);

        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(SRTCP_256), 0, Hex.bytes(SRTCP_256).length));
    }

    @Test
    void unprotectsRtcpAsSection172WithAes256() {
        byte[] buf = Hex.bytes(SRTCP_256);
        int len = context(SrtpProfile.AEAD_AES_256_GCM, KEY_256, false).unprotectRtcp(buf, 0, buf.length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(RTCP), 0, Hex.bytes(RTCP).length));
    }

    @Test
    void acceptsAuthenticatedUnencryptedRtcpAsSection173() {
        byte[] buf = Hex.bytes(SRTCP_128_UNENCRYPTED);
        int len = context(SrtpProfile.AEAD_AES_128_GCM, KEY_128, false).unprotectRtcp(buf, 0, buf.length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(RTCP), 0, Hex.bytes(RTCP).length));
    }

    @Test
    void acceptsAuthenticatedUnencryptedRtcpAsSection174WithAes256() {
        byte[] buf = Hex.bytes(SRTCP_256_UNENCRYPTED);
        int len = context(SrtpProfile.AEAD_AES_256_GCM, KEY_256, false).unprotectRtcp(buf, 0, buf.length);
        assertThat(Hex.of(buf, 0, len)).isEqualTo(Hex.of(Hex.bytes(RTCP), 0, Hex.bytes(RTCP).length));
    }

    @Test
    void rejectsUnencryptedRtcpWhoseTagDoesNotVerify() {
        byte[] buf = Hex.bytes(SRTCP_128_UNENCRYPTED);
        buf[20] ^= 1; // a plaintext byte: only authenticated, so the tag must catch it
        SrtpContext receiver = context(SrtpProfile.AEAD_AES_128_GCM, KEY_128, false);
        assertThat(receiver.unprotectRtcp(buf, 0, buf.length)).isEqualTo(SrtpError.AUTH_FAILED);
        assertThat(receiver.authenticationFailures()).isEqualTo(1);
    }
}
