package dev.parley.application.token.fake;

import dev.parley.application.token.contract.KeyRingStoreContractTest;
import dev.parley.application.token.port.KeyRingStore;

/** Runs the key ring store contract on the in-memory fake. */
class InMemoryKeyRingStoreTest extends KeyRingStoreContractTest {

    @Override
    protected KeyRingStore newStore() {
        return new InMemoryKeyRingStore();
    }
}
