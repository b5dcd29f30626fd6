package dev.parley.adapter.persistence;

import dev.parley.application.fake.RecordingSessionLifecycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.service.Authorizer;
import dev.parley.application.service.JoinService;
import dev.parley.application.service.RoomAdministrationService;
import dev.parley.application.port.out.IdGenerator;
import dev.parley.application.webhook.OutboxRoomEventPublisher;
import dev.parley.application.webhook.WebhookEndpoint;
import dev.parley.application.webhook.port.OutboxEntry;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.application.webhook.port.WebhookOutbox;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the outbox contract cannot say about the JPA adapter: messages commit and roll back with
 * the use case that published them, a claim skips rows another claim is still taking (no waiting,
 * no double claim), and the schema refuses rows no message could be.
 */
class WebhookOutboxStorageTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final WebhookEndpoint ENDPOINT = WebhookEndpoint.of("https://hooks.example.com/livekit");

    abstract static class Cases {

        TestDatabase db;

        abstract TestDatabase database();

        @BeforeEach
        void emptyDatabase() {
            db = WebhookOutboxTables.emptied(database().reset());
        }

        WebhookOutbox outbox() {
            return db.transactional(WebhookOutbox.class, JpaWebhookOutbox::new);
        }

        long count(String sql) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The room services over the JPA repositories of {@code em}, publishing to the JPA outbox in the same transaction. */
        static final class Services {
            final RoomAdministrationService rooms;
            final JoinService join;

            Services(EntityManager em) {
                Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
                AtomicInteger ids = new AtomicInteger();
                IdGenerator idGenerator = new IdGenerator() {
                    @Override
                    public String newRoomSid() {
                        return "RM_" + ids.incrementAndGet();
                    }

                    @Override
                    public String newParticipantSid() {
                        return "PA_" + ids.incrementAndGet();
                    }
                };
                JpaParticipantRepository participants = new JpaParticipantRepository(em);
                OutboxRoomEventPublisher events = new OutboxRoomEventPublisher(new JpaWebhookOutbox(em), participants,
                        List.of(ENDPOINT), clock);
                Authorizer authorizer = new Authorizer(AccessPolicy.standard(), new JpaAuditLog(em), clock);
                JpaRoomRepository roomRepository = new JpaRoomRepository(em);
                JpaBanRepository bans = new JpaBanRepository(em);
                rooms = new RoomAdministrationService(roomRepository, participants, bans, events, idGenerator, authorizer, clock,
                        new RecordingSessionLifecycle());
                join = new JoinService(roomRepository, participants, bans, events, idGenerator, authorizer, clock);
            }
        }

        @Test
        void webhooksCommitWithTheUseCaseThatPublishedThemAndVanishWithItsRollback() {
            Caller server = Caller.server("APIkey1");
            assertThatThrownBy(() -> db.inTransaction(em -> {
                new Services(em).rooms.createRoom(server, new CreateRoomCommand(RoomName.of("doomed"), RoomPolicy.defaults(), ""));
                assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).as("not visible before commit").isZero();
                throw new IllegalStateException("the use case fails after publishing");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).as("nothing rolled back is ever sent").isZero();

            db.inTransaction(em -> {
                Services s = new Services(em);
                s.rooms.createRoom(server, new CreateRoomCommand(RoomName.of("kept"), RoomPolicy.defaults(), ""));
                return s.join.joinRoom(new JoinRoomCommand(RoomName.of("kept"), Identity.of("alice"), "Alice", "", Map.of(),
                        ParticipantKind.STANDARD, VideoGrant.join("kept"), false));
            });

            List<OutboxEntry> claimed = outbox().claim(T0, 10, 10, Duration.ofMinutes(1), "w1");
            assertThat(claimed).extracting(e -> e.message().eventName()).containsExactly("room_started", "participant_joined");
            assertThat(claimed).extracting(e -> e.message().room()).containsOnly("kept");
            assertThat(claimed).extracting(e -> e.message().endpointId()).containsOnly(ENDPOINT.id());
            assertThat(claimed.get(1).message().body()).contains("\"identity\":\"alice\"", "\"numParticipants\":1");
        }

        @Test
        void aClaimSkipsRowsAnotherClaimIsTakingWithoutWaitingForIt() throws Exception {
            WebhookOutbox outbox = outbox();
            for (String room : List.of("room-a", "room-b", "room-c", "room-d")) {
                outbox.append(new WebhookMessage("EV_" + room, "room_started", room, ENDPOINT.id(), "{}", T0));
                outbox.append(new WebhookMessage("EV_" + room + "_2", "room_finished", room, ENDPOINT.id(), "{}", T0));
            }
            EntityManager slow = db.emf().createEntityManager();
            try {
                slow.getTransaction().begin();
                List<OutboxEntry> first = new JpaWebhookOutbox(slow).claim(T0, 2, 2, Duration.ofMinutes(1), "slow");
                assertThat(first).extracting(e -> e.message().room()).containsExactly("room-a", "room-a", "room-b", "room-b");

                // the first claim's transaction is still open, its rows locked
                List<OutboxEntry> second = CompletableFuture
                        .supplyAsync(() -> outbox.claim(T0, 4, 2, Duration.ofMinutes(1), "fast"))
                        .get(10, TimeUnit.SECONDS);
                assertThat(second).as("second").hasSize(4);
                assertThat(second).extracting(e -> e.message().room()).doesNotContain("room-a", "room-b")
                        .allMatch(r -> r.equals("room-c") || r.equals("room-d"));
                slow.getTransaction().commit();
            } finally {
                if (slow.getTransaction().isActive()) {
                    slow.getTransaction().rollback();
                }
                slow.close();
            }
            assertThat(outbox.claim(T0, 10, 10, Duration.ofMinutes(1), "late")).as("everything is leased now").isEmpty();
        }

        @Test
        void theSchemaRefusesRowsNoMessageCouldBe() {
            String ts = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
            String insert = "INSERT INTO webhook_outbox (event_id, event_name, room_name, endpoint_id, body, created_at, state,"
                    + " attempts, next_attempt_at, lease_until, claimant, last_error, finished_at) VALUES ";
            for (String values : List.of(
                    "('e1', 'room_started', 'r', 'x', '{}', " + ts + ", 'LOST', 0, " + ts + ", NULL, NULL, '', NULL)",
                    "('e2', 'room_started', 'r', 'x', '{}', " + ts + ", 'PENDING', 0, " + ts + ", NULL, NULL, '', " + ts + ")",
                    "('e3', 'room_started', 'r', 'x', '{}', " + ts + ", 'DELIVERED', 0, " + ts + ", NULL, NULL, '', NULL)",
                    "('e4', 'room_started', 'r', 'x', '{}', " + ts + ", 'PENDING', 0, " + ts + ", " + ts + ", NULL, '', NULL)",
                    "('e5', 'room_started', 'r', 'x', '{}', " + ts + ", 'DELIVERED', 0, " + ts + ", " + ts + ", 'w', '', " + ts + ")",
                    "('e6', 'room_started', 'r', 'x', '{}', " + ts + ", 'PENDING', -1, " + ts + ", NULL, NULL, '', NULL)")) {
                assertThatThrownBy(() -> execute(insert + values)).as(values).isInstanceOf(SQLException.class);
            }
            String ok = "('e7', 'room_started', 'r', 'x', '{}', " + ts + ", 'PENDING', 0, " + ts + ", NULL, NULL, '', NULL)";
            assertThatThrownBy(() -> {
                execute(insert + ok);
                execute(insert + ok);
            }).as("one event once per endpoint").isInstanceOf(SQLException.class);
            assertThat(count("SELECT COUNT(*) FROM webhook_outbox")).isEqualTo(1);
        }

        private void execute(String sql) throws SQLException {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }

        @Test
        void aBodyNoDatabaseCanHoldIsRefusedWithoutQuotingIt() {
            WebhookOutbox outbox = outbox();
            assertThatThrownBy(() -> outbox.append(new WebhookMessage("EV_1", "room_started", "r", ENDPOINT.id(),
                    "{\"metadata\":\"secret\u0000\"}", T0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("webhook body")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        }

        @Test
        void aLongErrorIsCutAndControlCharactersReplaced() {
            WebhookOutbox outbox = outbox();
            outbox.append(new WebhookMessage("EV_1", "room_started", "r", ENDPOINT.id(), "{}", T0));
            long seq = outbox.claim(T0, 1, 1, Duration.ofMinutes(1), "w1").get(0).sequence();

            assertThat(outbox.markFailed(seq, "w1", 1, "x\n\u0000".repeat(200), T0)).isTrue();

            OutboxEntry again = outbox.claim(T0, 1, 1, Duration.ofMinutes(1), "w2").get(0);
            assertThat(again.lastError()).hasSize(256).matches("[x?]+");
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
