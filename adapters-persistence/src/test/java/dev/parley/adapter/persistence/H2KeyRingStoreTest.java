package dev.parley.adapter.persistence;

import dev.parley.application.token.contract.KeyRingStoreContractTest;
import dev.parley.application.token.port.KeyRingStore;

/** The application's KeyRingStore contract against {@link JpaKeyRingStore} on an H2 file database. */
class H2KeyRingStoreTest extends KeyRingStoreContractTest {

    @Override
    protected KeyRingStore newStore() {
        return Contracts.keyRing(TestDatabase.h2());
    }
}
