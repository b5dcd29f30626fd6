package dev.parley.adapter.persistence;

import dev.parley.application.roomkey.contract.RoomKeyRepositoryContract;
import dev.parley.application.roomkey.port.RoomKeyRepository;

/** The application's RoomKeyRepository contract against {@link JpaRoomKeyRepository} on an H2 file database. */
class H2RoomKeyRepositoryTest extends RoomKeyRepositoryContract {

    @Override
    protected RoomKeyRepository newRepository() {
        return Contracts.roomKeys(TestDatabase.h2());
    }
}
