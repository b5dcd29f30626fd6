package dev.parley.adapter.media.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate fingerprint as carried by SDP's {@code a=fingerprint} (RFC 8122 §5): a hash
 * function name and the hash of the DER certificate.
 *
 * <p>Only the SHA-2 family is accepted ({@code sha-256}, {@code sha-384}, {@code sha-512}): RFC
 * 8122 §5 keeps md2/md5 for compatibility only and WebRTC (RFC 8827 §6.5) requires sha-256
 * support; sha-1 is refused as well, so a downgraded fingerprint cannot pin a collided certificate.
 */
public record CertificateFingerprint(String algorithm, byte[] value) {

    /** Checks the algorithm name and the digest length. */
    public CertificateFingerprint {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
        algorithm = algorithm.toLowerCase(Locale.ROOT);
        int expected = digestLength(algorithm);
        if (value.length != expected) {
            throw new IllegalArgumentException("a " + algorithm + " fingerprint has " + expected + " bytes, not " + value.length);
        }
        value = value.clone();
    }

    /** The fingerprint of a DER-encoded certificate with the given hash function name ({@code sha-256}, ...). */
    public static CertificateFingerprint of(String algorithm, byte[] derCertificate) {
        String name = algorithm.toLowerCase(Locale.ROOT);
        digestLength(name);
        return new CertificateFingerprint(name, digest(name).digest(derCertificate));
    }

    /**
     * Parses the value of an {@code a=fingerprint:} attribute, e.g. {@code sha-256 AB:CD:...}
     * (RFC 8122 §5: hash-func SP fingerprint, uppercase hex pairs separated by colons; lowercase is accepted).
     */
    public static CertificateFingerprint parseSdp(String sdpValue) {
        Objects.requireNonNull(sdpValue, "sdpValue");
        String trimmed = sdpValue.trim();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("fingerprint must be '<hash-func> <hex:hex:...>'");
        }
        String algorithm = trimmed.substring(0, space);
        String hex = trimmed.substring(space + 1).trim();
        String[] pairs = hex.split(":", -1);
        byte[] bytes = new byte[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i].length() != 2 || Character.digit(pairs[i].charAt(0), 16) < 0 || Character.digit(pairs[i].charAt(1), 16) < 0) {
                throw new IllegalArgumentException("fingerprint must be hex pairs separated by ':'");
            }
            bytes[i] = (byte) Integer.parseInt(pairs[i], 16);
        }
        return new CertificateFingerprint(algorithm, bytes);
    }

    /** The digest bytes (a copy). */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** True if {@code derCertificate} hashes to this fingerprint (constant-time comparison). */
    public boolean matches(byte[] derCertificate) {
        return MessageDigest.isEqual(value, digest(algorithm).digest(derCertificate));
    }

    /** The {@code a=fingerprint:} value: {@code sha-256 AB:CD:...}. */
    public String toSdpValue() {
        StringBuilder sb = new StringBuilder(algorithm.length() + 1 + value.length * 3);
        sb.append(algorithm).append(' ');
        HexFormat hex = HexFormat.of().withUpperCase();
        for (int i = 0; i < value.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(hex.toHexDigits(value[i]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateFingerprint other && algorithm.equals(other.algorithm) && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return toSdpValue();
    }

    private static int digestLength(String algorithm) {
        return switch (algorithm) {
            case "sha-256" -> 32;
            case "sha-384" -> 48;
            case "sha-512" -> 64;
            default -> throw new IllegalArgumentException("unsupported fingerprint hash function '" + algorithm
                    + "' (accepted: sha-256, sha-384, sha-512)");
        };
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without " + algorithm, e);
        }
    }
}
