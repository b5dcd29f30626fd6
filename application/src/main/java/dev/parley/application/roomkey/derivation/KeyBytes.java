package dev.parley.application.roomkey.derivation;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Derived key bytes (a working key a client would import into WebCrypto). Copies in and out, compares
 * in constant time, and never shows its bytes in {@code toString()}.
 */
public final class KeyBytes {

    private final byte[] bytes;

    private KeyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of {@code bytes}. */
    public static KeyBytes copyOf(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a key is never empty");
        }
        return new KeyBytes(bytes.clone());
    }

    /** Takes ownership of {@code bytes} (the caller keeps no reference). */
    static KeyBytes owning(byte[] bytes) {
        return new KeyBytes(bytes);
    }

    /** A copy of the key bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key length in bytes. */
    public int length() {
        return bytes.length;
    }

    /** The key length in bits. */
    public int bits() {
        return bytes.length * 8;
    }

    /** Overwrites the bytes with zeros; the key is unusable afterwards. */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    /** Package use only: the bytes without a copy. */
    byte[] unsafeBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyBytes other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "KeyBytes[" + bytes.length + " bytes, redacted]";
    }
}
