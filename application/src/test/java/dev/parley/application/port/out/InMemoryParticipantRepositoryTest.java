package dev.parley.application.port.out;

import dev.parley.application.fake.InMemoryParticipantRepository;

/** The in-memory fake obeys the same contract as the real adapters, so service tests over it mean something. */
class InMemoryParticipantRepositoryTest extends ParticipantRepositoryContractTest {
    @Override
    protected ParticipantRepository newRepository() {
        return new InMemoryParticipantRepository();
    }
}
