package dev.parley.adapter.persistence;

import dev.parley.application.token.contract.RevocationListContractTest;
import dev.parley.application.token.port.RevocationList;

/** The application's RevocationList contract against {@link JpaRevocationList} on an H2 file database. */
class H2RevocationListTest extends RevocationListContractTest {

    @Override
    protected RevocationList newList() {
        return Contracts.revocations(TestDatabase.h2());
    }
}
