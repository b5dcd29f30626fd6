package dev.parley.adapter.persistence;

import dev.parley.application.roomkey.contract.RoomKeyRepositoryContract;
import dev.parley.application.roomkey.port.RoomKeyRepository;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's RoomKeyRepository contract against {@link JpaRoomKeyRepository} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresRoomKeyRepositoryTest extends RoomKeyRepositoryContract {

    @Override
    protected RoomKeyRepository newRepository() {
        return Contracts.roomKeys(TestDatabase.postgres());
    }
}
