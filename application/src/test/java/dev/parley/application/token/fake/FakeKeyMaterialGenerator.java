package dev.parley.application.token.fake;

import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.port.KeyMaterialGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Random;

/**
 * A {@link KeyMaterialGenerator} with a seeded, repeatable source: deterministic tests. The
 * Ed25519 pairs are real (the JDK's Ed25519), so they also work with a real codec.
 */
public final class FakeKeyMaterialGenerator implements KeyMaterialGenerator {

    private final Random random;

    public FakeKeyMaterialGenerator(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public synchronized byte[] randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @Override
    public Ed25519KeyPair newEd25519KeyPair() {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(randomBytes(32));
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, seeded);
            KeyPair pair = g.generateKeyPair();
            return new Ed25519KeyPair(lastBytes(pair.getPublic().getEncoded()), lastBytes(pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** X.509 and PKCS#8 encodings of Ed25519 keys end with the raw 32-byte key (RFC 8410 §4, §7). */
    private static byte[] lastBytes(byte[] encoded) {
        return Arrays.copyOfRange(encoded, encoded.length - Ed25519KeyPair.KEY_BYTES, encoded.length);
    }
}
