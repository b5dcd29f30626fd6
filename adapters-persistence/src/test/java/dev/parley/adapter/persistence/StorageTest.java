package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.DuplicateIdentityPolicy;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the contracts do not spell out but the adapter promises: every value of every field
 * survives the round trip (or is refused with a clear message), the optimistic lock, atomicity
 * inside the caller's transaction, and ordering independent of the database's collation.
 */
class StorageTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final RoomName ROOM = RoomName.of("storage-room");

    abstract static class Cases {

        TestDatabase db;

        abstract TestDatabase database();

        @BeforeEach
        void emptyDatabaseWithOneRoom() {
            db = database().reset();
            db.inTransaction(em -> new JpaRoomRepository(em).add(room(ROOM.value(), RoomPolicy.defaults())));
        }

        static Room room(String name, RoomPolicy policy) {
            return Room.create(RoomName.of(name), "RM_" + name, policy, "", T0);
        }

        <T> T tx(java.util.function.Function<EntityManager, T> work) {
            return db.inTransaction(work);
        }

        Optional<Room> findRoom(String name) {
            return tx(em -> new JpaRoomRepository(em).find(RoomName.of(name)));
        }

        List<Participant> roster(RoomName room) {
            return tx(em -> new JpaParticipantRepository(em).rosterOf(room).all());
        }

        @Test
        void everyRoomPolicyComesBackIntact() {
            List<Room> rooms = new ArrayList<>();
            int n = 0;
            for (KeyPolicy key : KeyPolicy.values()) {
                for (DuplicateIdentityPolicy dup : DuplicateIdentityPolicy.values()) {
                    for (Set<Feature> features : List.of(Set.<Feature>of(), EnumSet.allOf(Feature.class), Set.of(Feature.INGRESS))) {
                        rooms.add(room("policy-" + n++, new RoomPolicy(n * 7, Duration.ofNanos(n), RoomPolicy.MAX_TIMEOUT,
                                key, features, dup)));
                    }
                }
            }
            rooms.add(room("zero", new RoomPolicy(RoomPolicy.MAX_PARTICIPANTS_LIMIT, Duration.ZERO,
                    Duration.ofSeconds(1, 999_999_999), KeyPolicy.PARTICIPANT_SUPPLIED, Set.of(), DuplicateIdentityPolicy.REFUSE_NEWCOMER)));
            tx(em -> rooms.stream().allMatch(new JpaRoomRepository(em)::add));

            for (Room r : rooms) {
                assertThat(findRoom(r.name().value())).contains(r);
            }
        }

        @Test
        void instantsKeepMicrosecondsAndLoseOnlyWhatIsFiner() {
            Instant micros = Instant.parse("2026-07-08T09:10:11.123456Z");
            Room r = new Room(RoomName.of("timed"), "RM_t", RoomPolicy.defaults(), dev.parley.domain.room.RoomState.ENDED, "",
                    Instant.parse("1970-01-01T00:00:00.000001Z"), micros, Instant.parse("2999-12-31T23:59:59.999999Z"));
            tx(em -> new JpaRoomRepository(em).add(r));
            assertThat(findRoom("timed")).contains(r);

            Room nanos = Room.create(RoomName.of("nanos"), "RM_n", RoomPolicy.defaults(), "", micros.plusNanos(999));
            tx(em -> new JpaRoomRepository(em).add(nanos));
            assertThat(findRoom("nanos").orElseThrow().createdAt()).isEqualTo(micros); // truncated, never rounded up
        }

        @Test
        void everyGrantComesBackIntactWithAbsentOptionalsStillAbsent() {
            Boolean[] tri = {null, Boolean.TRUE, Boolean.FALSE};
            List<Participant> all = new ArrayList<>();
            int i = 0;
            for (Boolean pub : tri) {
                for (Boolean sub : tri) {
                    for (Boolean data : tri) {
                        for (Boolean meta : tri) {
                            boolean flag = i % 2 == 0;
                            Set<TrackSource> sources = switch (i % 3) {
                                case 0 -> Set.of();
                                case 1 -> EnumSet.allOf(TrackSource.class);
                                default -> EnumSet.of(TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE);
                            };
                            VideoGrant g = new VideoGrant(flag, !flag, flag, !flag, flag, i % 5 == 0 ? "" : ROOM.value(),
                                    pub, sub, data, sources, meta, !flag, flag, !flag, flag, flag ? "" : "elsewhere");
                            all.add(new Participant(Identity.of("p" + i), "PA_" + i, "P " + i, "", Map.of(),
                                    ParticipantKind.values()[i % ParticipantKind.values().length], g, T0.plusMillis(i)));
                            i++;
                        }
                    }
                }
            }
            tx(em -> {
                JpaParticipantRepository repo = new JpaParticipantRepository(em);
                all.forEach(p -> repo.put(ROOM, p));
                return null;
            });

            assertThat(roster(ROOM)).containsExactlyElementsOf(all);
        }

        @Test
        void textAtEveryLimitAndInAwkwardCharactersComesBackIntact() {
            String astral = "\uD83D\uDE00"; // one code point, two UTF-16 units, four UTF-8 bytes
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("quote\"", "back\\slash");
            attributes.put("controls", "\u0001\u0008\t\n\r\u001f\u007f\u0085");
            attributes.put("json-looking", "{\"a\":[1,2]}");
            attributes.put("empty", "");
            attributes.put("\u00e9\u4e2d" + astral, "\u2028\u2029\ufeff");
            attributes.put("big", "x".repeat(60_000));
            Participant p = new Participant(Identity.of(astral.repeat(256)), "PA_max", "\u00c9" + astral.repeat(255),
                    astral.repeat(512 * 1024 / 4), attributes, ParticipantKind.SIP, VideoGrant.join(ROOM.value()), T0);
            Room r = Room.create(RoomName.of("x".repeat(RoomName.MAX_LENGTH)), "RM_" + "s".repeat(200), RoomPolicy.defaults(),
                    "\u00e9" + astral.repeat(16378) + "'; DROP TABLE room; --", T0); // exactly 64 KiB

            tx(em -> {
                new JpaRoomRepository(em).add(r);
                new JpaParticipantRepository(em).put(ROOM, p);
                return null;
            });

            assertThat(findRoom(r.name().value())).contains(r);
            assertThat(roster(ROOM)).containsExactly(p);
        }

        @Test
        void aValueTheDatabasesCannotStoreIsRefusedWithoutQuotingItAndWithoutHarmToTheTransaction() {
            Participant nul = new Participant(Identity.of("nul"), "PA_1", "", "secret\u0000value", Map.of(),
                    ParticipantKind.STANDARD, VideoGrant.join(ROOM.value()), T0);
            Participant surrogate = new Participant(Identity.of("half"), "PA_2", "", "", Map.of("k", "secret\uD800"),
                    ParticipantKind.STANDARD, VideoGrant.join(ROOM.value()), T0);
            Participant fine = new Participant(Identity.of("fine"), "PA_3", "", "", Map.of("k", "secret\uD800"),
                    ParticipantKind.STANDARD, VideoGrant.join(ROOM.value()), T0);

            tx(em -> {
                JpaParticipantRepository repo = new JpaParticipantRepository(em);
                assertThatThrownBy(() -> repo.put(ROOM, nul)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("participant metadata").hasMessageNotContaining("secret");
                repo.put(ROOM, fine); // attributes escape unpaired surrogates: storable
                return null;
            });

            assertThat(roster(ROOM)).containsExactly(fine);
            assertThat(surrogate.attributes()).isEqualTo(fine.attributes());
            Room badName = Room.create(RoomName.of("bad"), "RM_\uDC00", RoomPolicy.defaults(), "", T0);
            assertThatThrownBy(() -> tx(em -> new JpaRoomRepository(em).add(badName)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
        }

        @Test
        void twoTransactionsUpdatingTheSameRoomCannotBothWin() {
            EntityManager first = db.emf().createEntityManager();
            EntityManager second = db.emf().createEntityManager();
            try {
                first.getTransaction().begin();
                second.getTransaction().begin();
                Room seenByFirst = new JpaRoomRepository(first).find(ROOM).orElseThrow();
                Room seenBySecond = new JpaRoomRepository(second).find(ROOM).orElseThrow();

                new JpaRoomRepository(first).update(seenByFirst.withMetadata("first"));
                first.getTransaction().commit();

                assertThatThrownBy(() -> new JpaRoomRepository(second).update(seenBySecond.withMetadata("second")))
                        .isInstanceOf(OptimisticLockException.class);
            } finally {
                if (second.getTransaction().isActive()) {
                    second.getTransaction().rollback();
                }
                first.close();
                second.close();
            }
            assertThat(findRoom(ROOM.value()).orElseThrow().metadata()).isEqualTo("first");
        }

        @Test
        void aRoomDeletedAndCreatedAgainInOneTransactionIsTheNewRoom() {
            Room again = Room.create(ROOM, "RM_again", RoomPolicy.defaults().withMaxParticipants(3), "new", T0.plusSeconds(9));

            boolean added = tx(em -> {
                JpaRoomRepository rooms = new JpaRoomRepository(em);
                rooms.find(ROOM).orElseThrow(); // loaded into the persistence context first, as the services do
                new JpaBanRepository(em).removeAll(ROOM);
                rooms.delete(ROOM);
                return rooms.add(again);
            });

            assertThat(added).isTrue();
            assertThat(findRoom(ROOM.value())).contains(again);
        }

        @Test
        void aLostAddLeavesTheCallersTransactionUsable() {
            Participant ann = new Participant(Identity.of("ann"), "PA_a", "", "", Map.of(), ParticipantKind.STANDARD,
                    VideoGrant.join(ROOM.value()), T0);

            boolean added = tx(em -> {
                boolean result = new JpaRoomRepository(em).add(room(ROOM.value(), RoomPolicy.defaults()));
                new JpaParticipantRepository(em).put(ROOM, ann);
                return result;
            });

            assertThat(added).isFalse();
            assertThat(roster(ROOM)).containsExactly(ann);
        }

        @Test
        void aParticipantMustBeInAnExistingRoom() {
            Participant p = new Participant(Identity.of("ann"), "PA_a", "", "", Map.of(), ParticipantKind.STANDARD,
                    VideoGrant.join("nowhere"), T0);

            assertThatThrownBy(() -> tx(em -> {
                new JpaParticipantRepository(em).put(RoomName.of("nowhere"), p);
                return null;
            })).isInstanceOf(PersistenceException.class);
        }

        @Test
        void openRoomsAreInNameOrderWhateverTheDatabaseCollation() {
            List<String> names = List.of("b", "B", "a", "A", "_x", "-x", "a-b", "a_b", "ab", "Z9", "0");
            tx(em -> names.stream().allMatch(n -> new JpaRoomRepository(em).add(room(n, RoomPolicy.defaults()))));

            List<String> open = tx(em -> new JpaRoomRepository(em).findOpen()).stream().map(r -> r.name().value()).toList();

            List<String> expected = new ArrayList<>(names);
            expected.add(ROOM.value());
            expected.sort(String::compareTo);
            assertThat(open).containsExactlyElementsOf(expected);
        }

        @Test
        void aReplacedParticipantMovesToTheEndOfTheRoster() {
            Participant ann = participant("ann", "PA_1");
            tx(em -> {
                JpaParticipantRepository repo = new JpaParticipantRepository(em);
                repo.put(ROOM, ann);
                repo.put(ROOM, participant("bob", "PA_2"));
                repo.put(ROOM, participant("cy", "PA_3"));
                return null;
            });
            Participant annAgain = participant("ann", "PA_4");
            tx(em -> {
                new JpaParticipantRepository(em).put(ROOM, annAgain);
                return null;
            });

            assertThat(roster(ROOM)).extracting(Participant::sid).containsExactly("PA_2", "PA_3", "PA_4");
        }

        @Test
        void concurrentPutsOfOneIdentityLeaveExactlyOneParticipant() throws Exception {
            var repo = db.transactional(dev.parley.application.port.out.ParticipantRepository.class, JpaParticipantRepository::new);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Participant p = participant("dup", "PA_" + i);
                    tasks.add(() -> {
                        repo.put(ROOM, p);
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(tasks)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(roster(ROOM)).hasSize(1);
        }

        @Test
        void banningAgainKeepsTheTimeOfTheFirstBan() {
            tx(em -> {
                JpaBanRepository bans = new JpaBanRepository(em);
                bans.ban(ROOM, Identity.of("mallory"), T0);
                bans.ban(ROOM, Identity.of("mallory"), T0.plusSeconds(60));
                return null;
            });

            Instant at = tx(em -> em.find(BanEntity.class, new BanEntity.Key(ROOM.value(), "mallory")).bannedAt);
            assertThat(at).isEqualTo(T0);
        }

        static Participant participant(String identity, String sid) {
            return new Participant(Identity.of(identity), sid, identity, "", Map.of(), ParticipantKind.STANDARD,
                    VideoGrant.join(ROOM.value()), T0);
        }
    }

    @Nested
    class OnH2 extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    class OnPostgres extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }
    }
}
