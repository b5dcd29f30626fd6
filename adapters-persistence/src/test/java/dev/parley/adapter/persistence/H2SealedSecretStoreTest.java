package dev.parley.adapter.persistence;

import dev.parley.application.vault.SealedSecretStore;
import dev.parley.application.vault.contract.SealedSecretStoreContract;

/** The application's SealedSecretStore contract against {@link JpaSealedSecretStore} on an H2 file database. */
class H2SealedSecretStoreTest extends SealedSecretStoreContract {

    @Override
    protected SealedSecretStore newStore() {
        return Contracts.sealedSecrets(TestDatabase.h2());
    }
}
