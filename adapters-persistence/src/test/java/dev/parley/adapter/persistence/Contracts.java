package dev.parley.adapter.persistence;

import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.roomkey.port.RoomKeyRepository;
import dev.parley.application.token.port.RevocationList;
import dev.parley.application.vault.SealedSecretStore;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Instant;

/** What the contract test classes hand the application's contracts: transactional repositories over an emptied database. */
final class Contracts {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private Contracts() {
    }

    static RoomRepository rooms(TestDatabase db) {
        return db.reset().transactional(RoomRepository.class, JpaRoomRepository::new);
    }

    /** Participants and bans refer to their room (foreign key): the contracts' two rooms exist. */
    static ParticipantRepository participants(TestDatabase db) {
        withContractRooms(db.reset());
        return db.transactional(ParticipantRepository.class, JpaParticipantRepository::new);
    }

    static BanRepository bans(TestDatabase db) {
        withContractRooms(db.reset());
        return db.transactional(BanRepository.class, JpaBanRepository::new);
    }

    static KeyRingStore keyRing(TestDatabase db) {
        return db.reset().transactional(KeyRingStore.class, JpaKeyRingStore::new);
    }

    static RevocationList revocations(TestDatabase db) {
        return db.reset().transactional(RevocationList.class, JpaRevocationList::new);
    }

    static SealedSecretStore sealedSecrets(TestDatabase db) {
        return db.reset().transactional(SealedSecretStore.class, em -> new JpaSealedSecretStore(em));
    }

    static RoomKeyRepository roomKeys(TestDatabase db) {
        return db.reset().transactional(RoomKeyRepository.class, JpaRoomKeyRepository::new);
    }

    private static void withContractRooms(TestDatabase db) {
        RoomRepository rooms = db.transactional(RoomRepository.class, JpaRoomRepository::new);
        for (String name : new String[] {"contract-room", "other-room"}) {
            rooms.add(Room.create(RoomName.of(name), "RM_" + name, RoomPolicy.defaults(), "", T0));
        }
    }
}
