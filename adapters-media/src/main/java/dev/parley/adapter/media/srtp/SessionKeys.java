package dev.parley.adapter.media.srtp;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session keys of one of SRTP or SRTCP, derived from a master key and salt with the AES-CM
 * PRF of RFC 3711 §4.3.1 and §4.3.3 (AES_256_CM_PRF of RFC 6188 §3 for 32-byte master keys). The
 * key derivation rate is 0, as DTLS-SRTP requires (RFC 5764 §4.1.2), so each key is derived once.
 * A GCM profile's 12-byte master salt is padded to the KDF's 14 bytes (multiplied by 2^16), as
 * RFC 7714 §11 and its erratum 4938 say.
 */
final class SessionKeys {

    /** RFC 3711 §4.3.1 labels: SRTP encryption, authentication, salt; SRTCP the same plus 3. */
    static final int LABEL_ENCRYPTION = 0;
    static final int LABEL_AUTHENTICATION = 1;
    static final int LABEL_SALT = 2;
    static final int SRTCP_LABEL_OFFSET = 3;
    /** HMAC-SHA1 session authentication key length (RFC 3711 §8.2: n_a = 160). */
    static final int AUTH_KEY_LENGTH = 20;

    final byte[] encryptionKey;
    final byte[] salt;
    /** Empty for AEAD profiles. */
    final byte[] authenticationKey;

    SessionKeys(byte[] encryptionKey, byte[] salt, byte[] authenticationKey) {
        this.encryptionKey = encryptionKey;
        this.salt = salt;
        this.authenticationKey = authenticationKey;
    }

    /** Derives the SRTP ({@code rtcp == false}) or SRTCP session keys of a profile. */
    static SessionKeys derive(SrtpProfile profile, byte[] masterKey, byte[] masterSalt, boolean rtcp) {
        if (masterKey.length != profile.masterKeyLength() || masterSalt.length != profile.masterSaltLength()) {
            throw new IllegalArgumentException(profile + " needs a " + profile.masterKeyLength() + "-byte key and a "
                    + profile.masterSaltLength() + "-byte salt");
        }
        int base = rtcp ? SRTCP_LABEL_OFFSET : 0;
        byte[] key = prf(masterKey, masterSalt, base + LABEL_ENCRYPTION, profile.masterKeyLength());
        byte[] salt = prf(masterKey, masterSalt, base + LABEL_SALT, profile.masterSaltLength());
        byte[] auth = profile.isAead() ? new byte[0]
                : prf(masterKey, masterSalt, base + LABEL_AUTHENTICATION, AUTH_KEY_LENGTH);
        return new SessionKeys(key, salt, auth);
    }

    /**
     * The AES-CM PRF (RFC 3711 §4.3.1, §4.3.3): {@code x = key_id XOR master_salt} with {@code
     * key_id = label || r} and r = 0, so the label lands in byte 7 of the 14-byte salt; the output
     * is the AES counter-mode keystream under the master key from IV {@code x * 2^16}.
     */
    static byte[] prf(byte[] masterKey, byte[] masterSalt, int label, int length) {
        byte[] iv = new byte[16];
        System.arraycopy(masterSalt, 0, iv, 0, masterSalt.length);
        iv[7] ^= (byte) label;
        byte[] out = new byte[length];
        try {
            Cipher ctr = Jce.cipher("AES/CTR/NoPadding");
            ctr.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(masterKey, "AES"), new IvParameterSpec(iv));
            int n = ctr.doFinal(out, 0, length, out, 0);
            assert n == length;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CM key derivation failed", e);
        }
        return out;
    }

    /** Overwrites the key bytes (the JCE key objects built from them hold their own copies). */
    void wipe() {
        Arrays.fill(encryptionKey, (byte) 0);
        Arrays.fill(salt, (byte) 0);
        Arrays.fill(authenticationKey, (byte) 0);
    }

    @Override
    public String toString() {
        return "SessionKeys[redacted]";
    }
}
