package dev.parley.adapter.media.sdp;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate fingerprint {@code a=fingerprint:<hash> <XX:XX:...>} (RFC 8122 §5, RFC 8842
 * §5). Parley accepts {@code sha-256} only (RFC 8122 §5: a fingerprint must use the hash of the
 * certificate's signature, and no WebRTC browser uses another); {@link #matches} compares in
 * constant time.
 */
public final class Fingerprint {

    /** The only hash function Parley produces and accepts. */
    public static final String SHA_256 = "sha-256";

    private final String hashFunction;
    private final byte[] value;

    private Fingerprint(String hashFunction, byte[] value) {
        this.hashFunction = hashFunction;
        this.value = value;
    }

    /** A sha-256 fingerprint of 32 bytes. */
    public static Fingerprint sha256(byte[] digest) {
        if (Objects.requireNonNull(digest, "digest").length != 32) {
            throw new IllegalArgumentException("a sha-256 fingerprint has 32 bytes");
        }
        return new Fingerprint(SHA_256, digest.clone());
    }

    /** The sha-256 fingerprint of a DER-encoded certificate. */
    public static Fingerprint ofCertificate(byte[] der) {
        try {
            return sha256(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Parses the attribute value {@code sha-256 AB:CD:...}; any other hash function is refused. */
    public static Fingerprint parse(String attributeValue) {
        int sp = attributeValue.indexOf(' ');
        if (sp <= 0 || attributeValue.indexOf(' ', sp + 1) >= 0) {
            throw new SdpException("a=fingerprint must be '<hash-function> <hex pairs>'");
        }
        String hash = attributeValue.substring(0, sp).toLowerCase(Locale.ROOT);
        if (!SHA_256.equals(hash)) {
            throw new SdpException("a=fingerprint must use sha-256");
        }
        String hex = attributeValue.substring(sp + 1);
        if (hex.length() != 32 * 3 - 1) {
            throw new SdpException("a=fingerprint sha-256 must have 32 hex pairs");
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            int p = i * 3;
            if (i > 0 && hex.charAt(p - 1) != ':') {
                throw new SdpException("a=fingerprint hex pairs must be separated by ':'");
            }
            int hi = Character.digit(hex.charAt(p), 16);
            int lo = Character.digit(hex.charAt(p + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new SdpException("a=fingerprint has a non-hex digit");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new Fingerprint(SHA_256, out);
    }

    /** {@code sha-256}. */
    public String hashFunction() {
        return hashFunction;
    }

    /** A copy of the digest. */
    public byte[] value() {
        return value.clone();
    }

    /** True when {@code digest} is this fingerprint's value (constant time). */
    public boolean matches(byte[] digest) {
        return digest != null && MessageDigest.isEqual(value, digest);
    }

    /** The attribute value, upper-case hex pairs as browsers write them. */
    public String attributeValue() {
        return hashFunction + " " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.hashFunction.equals(hashFunction) && Arrays.equals(f.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return attributeValue();
    }
}
