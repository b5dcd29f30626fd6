package dev.parley.adapter.persistence;

import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.ParticipantRepositoryContractTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's ParticipantRepository contract against {@link JpaParticipantRepository} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresParticipantRepositoryTest extends ParticipantRepositoryContractTest {

    @Override
    protected ParticipantRepository newRepository() {
        return Contracts.participants(TestDatabase.postgres());
    }
}
