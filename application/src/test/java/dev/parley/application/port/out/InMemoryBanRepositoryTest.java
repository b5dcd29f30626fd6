package dev.parley.application.port.out;

import dev.parley.application.fake.InMemoryBanRepository;

/** The in-memory fake obeys the same contract as the real adapters, so service tests over it mean something. */
class InMemoryBanRepositoryTest extends BanRepositoryContractTest {
    @Override
    protected BanRepository newRepository() {
        return new InMemoryBanRepository();
    }
}
