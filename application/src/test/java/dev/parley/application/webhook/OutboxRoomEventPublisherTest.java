package dev.parley.application.webhook;

import dev.parley.application.fake.RecordingSessionLifecycle;
import static dev.parley.application.webhook.WebhookTestBed.E1;
import static dev.parley.application.webhook.WebhookTestBed.E2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.Caller;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.fake.InMemoryBanRepository;
import dev.parley.application.fake.InMemoryParticipantRepository;
import dev.parley.application.fake.InMemoryRoomRepository;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.service.Authorizer;
import dev.parley.application.service.JoinService;
import dev.parley.application.service.ParticipantAdministrationService;
import dev.parley.application.service.RoomAdministrationService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenRevocationService;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.webhook.fake.InMemoryWebhookOutbox;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The outbox publisher wired into the real room services, as bootstrap will wire it. */
class OutboxRoomEventPublisherTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final InMemoryRoomRepository rooms = new InMemoryRoomRepository();
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    private final InMemoryBanRepository bans = new InMemoryBanRepository();
    private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
    private final Authorizer authorizer = new Authorizer(AccessPolicy.standard(), new RecordingAuditLog(), clock);
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private int serial;
    private final OutboxRoomEventPublisher publisher = new OutboxRoomEventPublisher(outbox, participants, List.of(E1, E2), clock,
            () -> "EV_" + (++serial));
    private final RoomAdministrationService roomAdmin = new RoomAdministrationService(rooms, participants, bans, publisher, ids,
            authorizer, clock, new RecordingSessionLifecycle());
    private final ParticipantAdministrationService participantAdmin = new ParticipantAdministrationService(rooms, participants,
            bans, publisher, new TokenRevocationService(new InMemoryRevocationList(), clock, TokenPolicy.defaults()), authorizer,
            clock, new RecordingSessionLifecycle());
    private final JoinService join = new JoinService(rooms, participants, bans, publisher, ids, authorizer, clock);
    private final Caller server = Caller.server("APIkey1");

    private static JoinRoomCommand joinAs(String identity, VideoGrant grant) {
        return new JoinRoomCommand(RoomName.of("room-a"), Identity.of(identity), identity, "", Map.of(), ParticipantKind.STANDARD,
                grant, false);
    }

    private List<WebhookMessage> toE1() {
        return outbox.rows().stream().map(InMemoryWebhookOutbox.Row::message).filter(m -> m.endpointId().equals(E1.id())).toList();
    }

    @Test
    void aRoomsLifeBecomesLiveKitsWebhooksForEveryEndpoint() {
        roomAdmin.createRoom(server, new CreateRoomCommand(RoomName.of("room-a"), RoomPolicy.defaults(), ""));
        join.joinRoom(joinAs("alice", VideoGrant.join("room-a")));
        join.joinRoom(joinAs("bob", VideoGrant.join("room-a")));
        join.joinRoom(joinAs("ghost", VideoGrant.join("room-a").toBuilder().hidden(true).build()));
        roomAdmin.updateRoomMetadata(server, RoomName.of("room-a"), "{\"topic\":\"x\"}");
        participantAdmin.removeParticipant(server, new RemoveParticipantCommand(RoomName.of("room-a"), Identity.of("ghost"), false));
        participantAdmin.removeParticipant(server, new RemoveParticipantCommand(RoomName.of("room-a"), Identity.of("bob"), false));
        join.leaveRoom(RoomName.of("room-a"), Identity.of("alice"), participants.rosterOf(RoomName.of("room-a"))
                .find(Identity.of("alice")).orElseThrow().sid());
        roomAdmin.deleteRoom(server, RoomName.of("room-a"));

        List<WebhookMessage> sent = toE1();
        assertThat(sent).extracting(WebhookMessage::eventName).containsExactly("room_started", "participant_joined",
                "participant_joined", "participant_left", "participant_left", "room_finished");
        assertThat(sent).allMatch(m -> m.room().equals("room-a"));
        assertThat(sent).noneMatch(m -> m.body().contains("ghost"));
        assertThat(sent.get(1).body()).contains("\"identity\":\"alice\"", "\"numParticipants\":1");
        assertThat(sent.get(2).body()).contains("\"identity\":\"bob\"", "\"numParticipants\":2");
        assertThat(sent.get(3).body()).contains("\"identity\":\"bob\"", "\"numParticipants\":1", "PARTICIPANT_REMOVED");
        assertThat(sent.get(4).body()).contains("\"identity\":\"alice\"", "CLIENT_INITIATED").doesNotContain("numParticipants");

        List<WebhookMessage> toE2 = outbox.rows().stream().map(InMemoryWebhookOutbox.Row::message)
                .filter(m -> m.endpointId().equals(E2.id())).toList();
        assertThat(toE2).extracting(WebhookMessage::body).containsExactlyElementsOf(sent.stream().map(WebhookMessage::body).toList());
        assertThat(toE2).extracting(WebhookMessage::eventId).containsExactlyElementsOf(sent.stream().map(WebhookMessage::eventId).toList());
    }

    @Test
    void aReplacedSessionLeavesBeforeItsSuccessorJoins() {
        roomAdmin.createRoom(server, new CreateRoomCommand(RoomName.of("room-a"), RoomPolicy.defaults(), ""));
        join.joinRoom(joinAs("alice", VideoGrant.join("room-a")));
        join.joinRoom(joinAs("alice", VideoGrant.join("room-a")));

        assertThat(toE1()).extracting(WebhookMessage::eventName).containsExactly("room_started", "participant_joined",
                "participant_left", "participant_joined");
        assertThat(toE1().get(2).body()).contains("DUPLICATE_IDENTITY");
    }

    @Test
    void metadataChangesAndParticipantUpdatesAreNotWebhooksInLiveKit() {
        publisher.publish(new RoomEvent.RoomMetadataChanged(WebhookTestBed.room("room-a")));
        assertThat(outbox.rows()).isEmpty();
    }

    @Test
    void withoutEndpointsNothingIsWritten() {
        OutboxRoomEventPublisher off = new OutboxRoomEventPublisher(outbox, participants, List.of(), clock);
        off.publish(new RoomEvent.RoomStarted(WebhookTestBed.room("room-a")));
        assertThat(outbox.rows()).isEmpty();
    }

    @Test
    void eventIdsAreLiveKitShapedAndUnique() {
        Supplier<String> ids = OutboxRoomEventPublisher.randomIds(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.get();
            assertThat(id).matches("EV_[0-9A-Za-z]{22}");
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
