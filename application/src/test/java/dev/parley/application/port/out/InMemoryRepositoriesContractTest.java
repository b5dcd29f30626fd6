package dev.parley.application.port.out;

import dev.parley.application.fake.InMemoryBanRepository;
import dev.parley.application.fake.InMemoryParticipantRepository;
import dev.parley.application.fake.InMemoryRoomRepository;
import org.junit.jupiter.api.Nested;

/** The fakes obey the same contracts as the real adapters, so service tests over them mean something. */
class InMemoryRepositoriesContractTest {

    @Nested
    class Rooms extends RoomRepositoryContractTest {
        @Override
        protected RoomRepository newRepository() {
            return new InMemoryRoomRepository();
        }
    }

    @Nested
    class Participants extends ParticipantRepositoryContractTest {
        @Override
        protected ParticipantRepository newRepository() {
            return new InMemoryParticipantRepository();
        }
    }

    @Nested
    class Bans extends BanRepositoryContractTest {
        @Override
        protected BanRepository newRepository() {
            return new InMemoryBanRepository();
        }
    }
}
