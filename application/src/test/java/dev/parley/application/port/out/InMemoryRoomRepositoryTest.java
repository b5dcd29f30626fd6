package dev.parley.application.port.out;

import dev.parley.application.fake.InMemoryRoomRepository;

/** The in-memory fake obeys the same contract as the real adapters, so service tests over it mean something. */
class InMemoryRoomRepositoryTest extends RoomRepositoryContractTest {
    @Override
    protected RoomRepository newRepository() {
        return new InMemoryRoomRepository();
    }
}
