package dev.parley.adapter.persistence;

import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.port.out.RoomRepositoryContractTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's RoomRepository contract against {@link JpaRoomRepository} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresRoomRepositoryTest extends RoomRepositoryContractTest {

    @Override
    protected RoomRepository newRepository() {
        return Contracts.rooms(TestDatabase.postgres());
    }
}
