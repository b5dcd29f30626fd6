package dev.parley.application.token.port;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A secret sealed by a {@link SecretSealer}: an opaque blob in the sealer's own format (for
 * AES-GCM: version, IV, ciphertext and tag; for an HSM: a wrapped key or a handle). Safe to
 * store; useless without the sealer and the context it was sealed for.
 */
public final class SealedSecret {

    private final byte[] blob;

    public SealedSecret(byte[] blob) {
        Objects.requireNonNull(blob, "blob");
        if (blob.length == 0) {
            throw new IllegalArgumentException("a sealed secret must not be empty");
        }
        this.blob = blob.clone();
    }

    /** A copy of the sealed bytes, for storage. */
    public byte[] blob() {
        return blob.clone();
    }

    /** The sealed bytes as base64 text, for storage in a text column or file. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(blob);
    }

    /** Reads a blob written by {@link #toBase64()}. */
    public static SealedSecret fromBase64(String text) {
        return new SealedSecret(Base64.getDecoder().decode(text));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedSecret other && Arrays.equals(blob, other.blob);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob);
    }

    @Override
    public String toString() {
        return "SealedSecret[" + blob.length + " bytes]";
    }
}
