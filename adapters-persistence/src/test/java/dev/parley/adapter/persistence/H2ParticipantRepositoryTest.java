package dev.parley.adapter.persistence;

import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.ParticipantRepositoryContractTest;

/** The application's ParticipantRepository contract against {@link JpaParticipantRepository} on an H2 file database. */
class H2ParticipantRepositoryTest extends ParticipantRepositoryContractTest {

    @Override
    protected ParticipantRepository newRepository() {
        return Contracts.participants(TestDatabase.h2());
    }
}
