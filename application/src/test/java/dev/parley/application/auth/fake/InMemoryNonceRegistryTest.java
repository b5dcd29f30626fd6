package dev.parley.application.auth.fake;

import dev.parley.application.auth.NonceRegistry;
import dev.parley.application.auth.contract.NonceRegistryContractTest;

/** Runs the nonce registry contract on the in-memory fake. */
class InMemoryNonceRegistryTest extends NonceRegistryContractTest {

    @Override
    protected NonceRegistry newRegistry() {
        return new InMemoryNonceRegistry();
    }

    @Override
    protected NonceRegistry newRegistry(int capacity) {
        return new InMemoryNonceRegistry(capacity);
    }
}
