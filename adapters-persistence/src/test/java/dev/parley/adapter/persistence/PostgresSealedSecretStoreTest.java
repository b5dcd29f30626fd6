package dev.parley.adapter.persistence;

import dev.parley.application.vault.SealedSecretStore;
import dev.parley.application.vault.contract.SealedSecretStoreContract;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's SealedSecretStore contract against {@link JpaSealedSecretStore} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresSealedSecretStoreTest extends SealedSecretStoreContract {

    @Override
    protected SealedSecretStore newStore() {
        return Contracts.sealedSecrets(TestDatabase.postgres());
    }
}
