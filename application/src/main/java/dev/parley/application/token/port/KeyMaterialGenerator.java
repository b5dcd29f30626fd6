package dev.parley.application.token.port;

import dev.parley.application.token.key.Ed25519KeyPair;

/** Makes new key material from a cryptographically strong source (a CSPRNG, or an HSM). */
public interface KeyMaterialGenerator {

    /** {@code length} random bytes. */
    byte[] randomBytes(int length);

    /** A new Ed25519 key pair with both halves. */
    Ed25519KeyPair newEd25519KeyPair();
}
