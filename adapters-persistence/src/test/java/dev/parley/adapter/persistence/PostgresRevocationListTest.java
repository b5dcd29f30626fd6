package dev.parley.adapter.persistence;

import dev.parley.application.token.contract.RevocationListContractTest;
import dev.parley.application.token.port.RevocationList;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's RevocationList contract against {@link JpaRevocationList} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresRevocationListTest extends RevocationListContractTest {

    @Override
    protected RevocationList newList() {
        return Contracts.revocations(TestDatabase.postgres());
    }
}
