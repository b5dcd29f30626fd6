package dev.parley.adapter.persistence;

import dev.parley.application.token.contract.KeyRingStoreContractTest;
import dev.parley.application.token.port.KeyRingStore;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's KeyRingStore contract against {@link JpaKeyRingStore} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresKeyRingStoreTest extends KeyRingStoreContractTest {

    @Override
    protected KeyRingStore newStore() {
        return Contracts.keyRing(TestDatabase.postgres());
    }
}
