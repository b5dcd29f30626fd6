package dev.parley.adapter.persistence;

import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.BanRepositoryContractTest;

/** The application's BanRepository contract against {@link JpaBanRepository} on an H2 file database. */
class H2BanRepositoryTest extends BanRepositoryContractTest {

    @Override
    protected BanRepository newRepository() {
        return Contracts.bans(TestDatabase.h2());
    }
}
