package dev.parley.application.roomkey.fake;

import dev.parley.application.roomkey.contract.RoomKeyRepositoryContract;
import dev.parley.application.roomkey.port.RoomKeyRepository;

/** Runs the room key repository contract on the in-memory fake. */
class InMemoryRoomKeyRepositoryTest extends RoomKeyRepositoryContract {

    @Override
    protected RoomKeyRepository newRepository() {
        return new InMemoryRoomKeyRepository();
    }
}
