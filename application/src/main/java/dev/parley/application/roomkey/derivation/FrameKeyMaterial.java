package dev.parley.application.roomkey.derivation;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key material LiveKit's JS SDK holds per key-ring slot (its {@code KeySet.material}): the bytes
 * imported with {@code crypto.subtle.importKey("raw", ...)} and the algorithm they were imported as.
 * A string key becomes PBKDF2 material ({@code createKeyMaterialFromString}: the UTF-8 bytes); an
 * {@code ArrayBuffer} becomes HKDF material ({@code createKeyMaterialFromBuffer}). The frame key and
 * the ratchet step both depend on which. Bytes never appear in {@code toString()}.
 */
public final class FrameKeyMaterial {

    /** The WebCrypto algorithm LiveKit imported the material as, which picks the derivation. */
    public enum Kind {
        /** From a string key: PBKDF2-SHA-256 (RFC 8018 §5.2). */
        PBKDF2,
        /** From a raw key buffer: HKDF-SHA-256 (RFC 5869). */
        HKDF
    }

    private final Kind kind;
    private final byte[] bytes;

    private FrameKeyMaterial(Kind kind, byte[] bytes) {
        this.kind = kind;
        this.bytes = bytes;
    }

    /**
     * What {@code ExternalE2EEKeyProvider.setKey(string)} / {@code createKeyMaterialFromString} make of a
     * string key: PBKDF2 material holding {@code new TextEncoder().encode(key)}.
     */
    public static FrameKeyMaterial fromString(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a string key must not be empty");
        }
        return new FrameKeyMaterial(Kind.PBKDF2, Utf8.encode(key, "string key"));
    }

    /**
     * What {@code ExternalE2EEKeyProvider.setKey(arrayBuffer)} / {@code createKeyMaterialFromBuffer} make
     * of raw key bytes: HKDF material holding those bytes.
     */
    public static FrameKeyMaterial fromBuffer(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length == 0) {
            throw new IllegalArgumentException("a raw key must not be empty");
        }
        return new FrameKeyMaterial(Kind.HKDF, key.clone());
    }

    /** Material of {@code kind} holding a copy of {@code bytes} (a ratchet result keeps its parent's kind). */
    static FrameKeyMaterial of(Kind kind, byte[] bytes) {
        return new FrameKeyMaterial(Objects.requireNonNull(kind, "kind"), bytes.clone());
    }

    /** The algorithm the material was imported as. */
    public Kind kind() {
        return kind;
    }

    /** A copy of the imported bytes (for test vectors: LiveKit itself keeps them non-extractable). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Package use only: the bytes without a copy. */
    byte[] unsafeBytes() {
        return bytes;
    }

    /** Overwrites the bytes with zeros. */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameKeyMaterial other && kind == other.kind && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + bytes.length;
    }

    @Override
    public String toString() {
        return "FrameKeyMaterial[" + kind + ", " + bytes.length + " bytes, redacted]";
    }
}
