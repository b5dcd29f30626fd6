package dev.parley.application.vault;

import dev.parley.application.token.port.SealedSecret;
import java.util.Optional;

/**
 * Out-port: durable storage of named sealed secrets (never plaintext). Shared by every node of a
 * deployment, so all nodes use the same messaging operator and account.
 */
public interface SealedSecretStore {

    /** The sealed secret stored under {@code name}, if any. */
    Optional<SealedSecret> find(String name);

    /**
     * Stores {@code secret} under {@code name} unless a secret is already stored there.
     *
     * @return true when stored, false when {@code name} was taken (the caller re-reads it)
     */
    boolean addIfAbsent(String name, SealedSecret secret);
}
