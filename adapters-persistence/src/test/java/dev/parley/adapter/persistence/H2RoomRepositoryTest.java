package dev.parley.adapter.persistence;

import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.port.out.RoomRepositoryContractTest;

/** The application's RoomRepository contract against {@link JpaRoomRepository} on an H2 file database. */
class H2RoomRepositoryTest extends RoomRepositoryContractTest {

    @Override
    protected RoomRepository newRepository() {
        return Contracts.rooms(TestDatabase.h2());
    }
}
