package dev.parley.adapter.persistence;

import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.BanRepositoryContractTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's BanRepository contract against {@link JpaBanRepository} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresBanRepositoryTest extends BanRepositoryContractTest {

    @Override
    protected BanRepository newRepository() {
        return Contracts.bans(TestDatabase.postgres());
    }
}
