package dev.parley.application.token.port;

/**
 * Seals secrets at rest and unseals them for use (AES-256-GCM under a master key, or a PKCS#11
 * token/HSM). The {@code context} (for example {@code api-key/APIabc/HS256}) is authenticated
 * but not stored: a blob sealed for one context does not unseal for another, so sealed secrets
 * cannot be swapped between rows. Implementations must never log or print plaintext.
 */
public interface SecretSealer {

    /** Seals {@code plaintext} for {@code context}; every call gives a different blob. */
    SealedSecret seal(byte[] plaintext, String context);

    /**
     * Unseals a blob sealed for {@code context}.
     *
     * @throws SecretSealingException when the blob was altered, sealed for another context, or
     *         under a master key this sealer does not hold
     */
    byte[] unseal(SealedSecret sealed, String context);
}
