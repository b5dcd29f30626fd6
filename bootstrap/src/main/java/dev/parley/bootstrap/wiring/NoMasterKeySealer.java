package dev.parley.bootstrap.wiring;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.SecretSealingException;

/**
 * The sealer in force when no master key is configured: it seals and unseals nothing, so no
 * secret is ever stored unprotected and no stored secret is used. Readiness reports the cause.
 */
final class NoMasterKeySealer implements SecretSealer {

    @Override
    public SealedSecret seal(byte[] plaintext, String context) {
        throw new SecretSealingException("no master key configured (PARLEY_MASTER_KEY): cannot seal secrets");
    }

    @Override
    public byte[] unseal(SealedSecret sealed, String context) {
        throw new SecretSealingException("no master key configured (PARLEY_MASTER_KEY): cannot unseal secrets");
    }
}
