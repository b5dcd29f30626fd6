package dev.parley.application.vault.fake;

import dev.parley.application.vault.SealedSecretStore;
import dev.parley.application.vault.contract.SealedSecretStoreContract;

/** Runs the sealed secret store contract on the in-memory fake. */
class InMemorySealedSecretStoreTest extends SealedSecretStoreContract {

    @Override
    protected SealedSecretStore newStore() {
        return new InMemorySealedSecretStore();
    }
}
