package dev.parley.application.roomkey.derivation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Media frame keys exactly as LiveKit's JS SDK ({@code livekit-client}, {@code e2ee/utils.ts}
 * {@code deriveKeys} and {@code ratchet}) derives them from a key-ring slot's material, with the
 * SDK's defaults ({@code ratchetSalt = "LKFrameEncryptionKey"}, {@code keySize = 128}):
 * <ul>
 *   <li>PBKDF2 material (a string key): PBKDF2-HMAC-SHA-256 (RFC 8018 §5.2), salt = UTF-8
 *       "LKFrameEncryptionKey", 100,000 iterations;</li>
 *   <li>HKDF material (a raw buffer): HKDF-SHA-256 (RFC 5869), salt = UTF-8 "LKFrameEncryptionKey",
 *       info = 128 zero bytes;</li>
 * </ul>
 * the first {@code keySize} bits of that output are the AES-GCM frame key. The ratchet step derives
 * 256 bits with the same parameters and imports them as new material of the same kind.
 */
public final class LiveKitFrameKeys {

    /** LiveKit's default {@code ratchetSalt} ({@code SALT} in {@code e2ee/constants.ts}). */
    public static final String SALT = "LKFrameEncryptionKey";

    /** LiveKit's PBKDF2 iteration count. */
    public static final int PBKDF2_ITERATIONS = 100_000;

    /** The length of LiveKit's HKDF info: an all-zero {@code new ArrayBuffer(128)}. */
    public static final int HKDF_INFO_BYTES = 128;

    /** LiveKit's default AES-GCM frame key size ({@code keySize}), in bits. */
    public static final int DEFAULT_KEY_BITS = 128;

    /** The bits LiveKit's ratchet step derives ({@code deriveBits(..., 256)}). */
    public static final int RATCHET_BITS = 256;

    private static final byte[] SALT_BYTES = SALT.getBytes(StandardCharsets.UTF_8);

    private LiveKitFrameKeys() {
    }

    /** The 128-bit AES-GCM frame key LiveKit derives from {@code material} with its defaults. */
    public static KeyBytes frameKey(FrameKeyMaterial material) {
        return frameKey(material, DEFAULT_KEY_BITS);
    }

    /** The AES-GCM frame key of {@code keyBits} (128, 192 or 256: LiveKit's {@code keySize} option). */
    public static KeyBytes frameKey(FrameKeyMaterial material, int keyBits) {
        if (keyBits != 128 && keyBits != 192 && keyBits != 256) {
            throw new IllegalArgumentException("AES-GCM keys are 128, 192 or 256 bits, not " + keyBits);
        }
        return KeyBytes.owning(deriveBits(material, keyBits / 8));
    }

    /**
     * LiveKit's ratchet step: {@code deriveBits(params, material, 256)} with the same parameters as the
     * frame key, imported as new material of the same kind.
     */
    public static FrameKeyMaterial ratchet(FrameKeyMaterial material) {
        byte[] next = deriveBits(material, RATCHET_BITS / 8);
        try {
            return FrameKeyMaterial.of(material.kind(), next);
        } finally {
            Arrays.fill(next, (byte) 0);
        }
    }

    private static byte[] deriveBits(FrameKeyMaterial material, int lengthBytes) {
        Objects.requireNonNull(material, "material");
        return switch (material.kind()) {
            case PBKDF2 -> Pbkdf2HmacSha256.derive(material.unsafeBytes(), SALT_BYTES, PBKDF2_ITERATIONS, lengthBytes);
            case HKDF -> HkdfSha256.derive(material.unsafeBytes(), SALT_BYTES, new byte[HKDF_INFO_BYTES], lengthBytes);
        };
    }
}
