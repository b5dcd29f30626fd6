package dev.parley.application.token.key;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed25519 key pair in the raw encodings of RFC 8037 §2 ({@code x}: 32-byte public key,
 * {@code d}: 32-byte private key). The private key may be absent: such a key only verifies.
 */
public final class Ed25519KeyPair implements KeyMaterial {

    /** Size of an Ed25519 public or private key, in bytes (RFC 8032 §5.1.5). */
    public static final int KEY_BYTES = 32;

    private final byte[] publicKey;
    private final byte[] privateKey;

    public Ed25519KeyPair(byte[] publicKey, byte[] privateKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey.length != KEY_BYTES || (privateKey != null && privateKey.length != KEY_BYTES)) {
            throw new IllegalArgumentException("Ed25519 keys are " + KEY_BYTES + " bytes");
        }
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey == null ? null : privateKey.clone();
    }

    /** A verify-only key: the public half alone. */
    public static Ed25519KeyPair publicOnly(byte[] publicKey) {
        return new Ed25519KeyPair(publicKey, null);
    }

    /** A copy of the 32-byte public key ({@code x}). */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** A copy of the 32-byte private key ({@code d}), when this pair has it. */
    public Optional<byte[]> privateKey() {
        return privateKey == null ? Optional.empty() : Optional.of(privateKey.clone());
    }

    @Override
    public TokenAlgorithm algorithm() {
        return TokenAlgorithm.EDDSA;
    }

    @Override
    public boolean canSign() {
        return privateKey != null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Ed25519KeyPair other)) {
            return false;
        }
        boolean samePrivate = privateKey == null ? other.privateKey == null
                : other.privateKey != null && MessageDigest.isEqual(privateKey, other.privateKey);
        return MessageDigest.isEqual(publicKey, other.publicKey) && samePrivate;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "Ed25519KeyPair[" + (privateKey == null ? "public only" : "with private key") + "]";
    }
}
