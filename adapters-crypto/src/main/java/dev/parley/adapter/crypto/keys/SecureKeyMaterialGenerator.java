package dev.parley.adapter.crypto.keys;

import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.port.KeyMaterialGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link KeyMaterialGenerator} on the JDK: {@link SecureRandom} (the platform CSPRNG) for API
 * secrets and ids, {@code KeyPairGenerator("Ed25519")} for EdDSA keys, exported in RFC 8037's raw
 * form (the last 32 bytes of the X.509 / PKCS#8 encodings, RFC 8410 §4 and §7).
 */
public final class SecureKeyMaterialGenerator implements KeyMaterialGenerator {

    private final SecureRandom random;

    public SecureKeyMaterialGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public SecureKeyMaterialGenerator() {
        this(new SecureRandom());
    }

    @Override
    public byte[] randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @Override
    public Ed25519KeyPair newEd25519KeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(255, random);
            KeyPair pair = g.generateKeyPair();
            byte[] pub = tail(pair.getPublic().getEncoded());
            byte[] priv = tail(pair.getPrivate().getEncoded());
            try {
                return new Ed25519KeyPair(pub, priv);
            } finally {
                Arrays.fill(priv, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    private static byte[] tail(byte[] encoded) {
        return Arrays.copyOfRange(encoded, encoded.length - Ed25519KeyPair.KEY_BYTES, encoded.length);
    }
}
