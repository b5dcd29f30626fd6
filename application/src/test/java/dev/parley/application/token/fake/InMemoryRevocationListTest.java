package dev.parley.application.token.fake;

import dev.parley.application.token.contract.RevocationListContractTest;
import dev.parley.application.token.port.RevocationList;

/** Runs the revocation list contract on the in-memory fake. */
class InMemoryRevocationListTest extends RevocationListContractTest {

    @Override
    protected RevocationList newList() {
        return new InMemoryRevocationList();
    }
}
