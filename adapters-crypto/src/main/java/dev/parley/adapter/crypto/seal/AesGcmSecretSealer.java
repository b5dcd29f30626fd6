package dev.parley.adapter.crypto.seal;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.SecretSealingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link SecretSealer} with AES-256-GCM (RFC 5116 §5.2, NIST SP 800-38D).
 *
 * <pre>
 * blob = format (1 byte, 0x01) | master key version (1 byte) | IV (12 bytes) | ciphertext | tag (16 bytes)
 * AAD  = "parley/sealed/v1" | 0x00 | format | master key version | context (UTF-8)
 * </pre>
 *
 * <ul>
 *   <li>IV: 96 random bits per seal (SP 800-38D §8.2.2, RBG-based construction; RFC 5116 §3.2).
 *       With random IVs one master key may seal at most 2^32 secrets (SP 800-38D §8.3): key
 *       rings hold a handful.</li>
 *   <li>Master key version: several master keys can be held at once; new seals use the current
 *       one, older blobs still unseal (rotation re-seals them at leisure).</li>
 *   <li>AAD binds the format, the master key version and the context (the API key id and
 *       algorithm), so a blob moved to another key's row, or re-labelled with another version,
 *       fails authentication (SP 800-38D §5.2.1.1).</li>
 * </ul>
 */
public final class AesGcmSecretSealer implements SecretSealer {

    /** Size of a master key: AES-256. */
    public static final int MASTER_KEY_BYTES = 32;

    private static final byte FORMAT = 0x01;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 2 + IV_BYTES;
    private static final byte[] AAD_LABEL = "parley/sealed/v1".getBytes(StandardCharsets.US_ASCII);

    private final Map<Integer, SecretKey> keys;
    private final int currentVersion;
    private final SecureRandom random;

    /**
     * @param currentVersion the version (0-255) of the master key that seals
     * @param masterKeys     every master key that may still unseal, by version; 32 bytes each
     */
    public AesGcmSecretSealer(int currentVersion, Map<Integer, byte[]> masterKeys, SecureRandom random) {
        Objects.requireNonNull(masterKeys, "masterKeys");
        this.random = Objects.requireNonNull(random, "random");
        Map<Integer, SecretKey> copy = new HashMap<>();
        masterKeys.forEach((version, key) -> {
            if (version == null || version < 0 || version > 255) {
                throw new IllegalArgumentException("master key versions are 0-255");
            }
            if (key == null || key.length != MASTER_KEY_BYTES) {
                throw new IllegalArgumentException("a master key is " + MASTER_KEY_BYTES + " bytes");
            }
            copy.put(version, new SecretKeySpec(key, "AES"));
        });
        if (!copy.containsKey(currentVersion)) {
            throw new IllegalArgumentException("no master key for the current version");
        }
        this.keys = Map.copyOf(copy);
        this.currentVersion = currentVersion;
    }

    /** A sealer with one master key, version 1. */
    public static AesGcmSecretSealer withMasterKey(byte[] masterKey) {
        return new AesGcmSecretSealer(1, Map.of(1, masterKey), new SecureRandom());
    }

    /** A sealer with one master key given as base64 (standard or URL alphabet), e.g. from {@code PARLEY_MASTER_KEY}. */
    public static AesGcmSecretSealer withMasterKeyBase64(String masterKey) {
        Objects.requireNonNull(masterKey, "masterKey");
        String text = masterKey.trim();
        byte[] key = text.indexOf('-') >= 0 || text.indexOf('_') >= 0
                ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        try {
            return withMasterKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public SealedSecret seal(byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(context, "context");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentVersion), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad((byte) currentVersion, context));
            byte[] sealed = cipher.doFinal(plaintext);
            return new SealedSecret(ByteBuffer.allocate(HEADER_BYTES + sealed.length)
                    .put(FORMAT).put((byte) currentVersion).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new SecretSealingException("sealing failed");
        }
    }

    @Override
    public byte[] unseal(SealedSecret sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(context, "context");
        byte[] blob = sealed.blob();
        if (blob.length < HEADER_BYTES + TAG_BITS / 8 || blob[0] != FORMAT) {
            throw new SecretSealingException("not a sealed secret of this format");
        }
        SecretKey key = keys.get(blob[1] & 0xff);
        if (key == null) {
            throw new SecretSealingException("sealed under a master key this sealer does not hold");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 2, IV_BYTES));
            cipher.updateAAD(aad(blob[1], context));
            return cipher.doFinal(blob, HEADER_BYTES, blob.length - HEADER_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SecretSealingException("sealed secret failed authentication");
        }
    }

    private static byte[] aad(byte version, String context) {
        byte[] ctx = context.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(AAD_LABEL.length + 3 + ctx.length)
                .put(AAD_LABEL).put((byte) 0).put(FORMAT).put(version).put(ctx).array();
    }

    @Override
    public String toString() {
        return "AesGcmSecretSealer[current master key version " + currentVersion + ", " + keys.size() + " key(s)]";
    }
}
