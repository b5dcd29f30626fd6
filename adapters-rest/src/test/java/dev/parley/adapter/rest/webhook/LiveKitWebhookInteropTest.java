package dev.parley.adapter.rest.webhook;

import dev.parley.application.fake.RecordingSessionLifecycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.google.protobuf.util.JsonFormat;
import dev.parley.application.Caller;
import dev.parley.application.fake.InMemoryBanRepository;
import dev.parley.application.fake.InMemoryParticipantRepository;
import dev.parley.application.fake.InMemoryRoomRepository;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.service.Authorizer;
import dev.parley.application.service.JoinService;
import dev.parley.application.service.ParticipantAdministrationService;
import dev.parley.application.service.RoomAdministrationService;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenRevocationService;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.webhook.DeliveryRound;
import dev.parley.application.webhook.OutboxRoomEventPublisher;
import dev.parley.application.webhook.WebhookDeliveryService;
import dev.parley.application.webhook.WebhookEndpoint;
import dev.parley.application.webhook.WebhookSettings;
import dev.parley.application.webhook.fake.InMemoryWebhookOutbox;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import io.livekit.server.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import livekit.LivekitModels.DisconnectReason;
import livekit.LivekitModels.ParticipantInfo;
import livekit.LivekitWebhook.WebhookEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end in one JVM: the real room services publish to the outbox, the real delivery service
 * mints the webhook token with the real minting service and posts with {@link JdkWebhookSender} to
 * a real HTTP server on 127.0.0.1, and LiveKit's own Java SDK ({@link WebhookReceiver}) validates
 * every request as it arrived (signature, issuer, expiry, sha256 of the raw body) and parses its
 * body; protobuf's strict JSON parser checks that every field is one of LiveKit's.
 */
class LiveKitWebhookInteropTest {

    private static final String KEY = "APIwebhookInterop";
    private static final String SECRET = "interop-webhook-secret-0123456789-abcdefghijklmnop";

    private final Receiver receiver;
    private final Clock clock = Clock.systemUTC();
    private final InMemoryRoomRepository rooms = new InMemoryRoomRepository();
    private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    private final InMemoryBanRepository bans = new InMemoryBanRepository();
    private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final RoomAdministrationService roomAdmin;
    private final ParticipantAdministrationService participantAdmin;
    private final JoinService join;
    private final WebhookDeliveryService delivery;

    LiveKitWebhookInteropTest() throws Exception {
        receiver = Receiver.http().answer(Receiver.status(200));
        WebhookEndpoint endpoint = new WebhookEndpoint(receiver.url("/livekit-webhook"));
        InMemoryKeyRingStore store = new InMemoryKeyRingStore();
        FakeSecretSealer sealer = new FakeSecretSealer();
        new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(3), clock, TokenPolicy.defaults()).importSecret(KEY, SECRET);
        TokenMintingService minter = new TokenMintingService(new JavaJwtCodec(), new KeyRing(store, sealer), clock, TokenPolicy.defaults());
        OutboxRoomEventPublisher events = new OutboxRoomEventPublisher(outbox, participants, List.of(endpoint), clock);
        Authorizer authorizer = new Authorizer(AccessPolicy.standard(), audit, clock);
        SequentialIdGenerator ids = new SequentialIdGenerator();
        roomAdmin = new RoomAdministrationService(rooms, participants, bans, events, ids, authorizer, clock,
                new RecordingSessionLifecycle());
        participantAdmin = new ParticipantAdministrationService(rooms, participants, bans, events,
                new TokenRevocationService(new InMemoryRevocationList(), clock, TokenPolicy.defaults()), authorizer, clock,
                new RecordingSessionLifecycle());
        join = new JoinService(rooms, participants, bans, events, ids, authorizer, clock);
        delivery = new WebhookDeliveryService(outbox, new JdkWebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5)), minter,
                audit, WebhookSettings.defaults(List.of(endpoint)).withSigningKeyId(KEY), clock);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static WebhookEvent strictlyParsed(String body) throws Exception {
        WebhookEvent.Builder b = WebhookEvent.newBuilder();
        JsonFormat.parser().merge(body, b); // no ignoringUnknownFields(): a field LiveKit does not have fails
        return b.build();
    }

    @Test
    void liveKitsReceiverAcceptsEveryWebhookOfARoomsLife() throws Exception {
        Caller server = Caller.server(KEY);
        RoomName name = RoomName.of("standup");
        roomAdmin.createRoom(server, new CreateRoomCommand(name, RoomPolicy.defaults().withMaxParticipants(10), "{\"topic\":\"daily\"}"));
        VideoGrant grant = VideoGrant.join("standup").toBuilder().canPublishSources(EnumSet.of(TrackSource.MICROPHONE)).build();
        join.joinRoom(new JoinRoomCommand(name, Identity.of("alice"), "Alice \u00c9lise \uD83D\uDE00", "{\"role\":\"host\"}",
                Map.of("team", "red", "note", "line1\nline2 \"q\""), ParticipantKind.STANDARD, grant, false));
        join.joinRoom(new JoinRoomCommand(name, Identity.of("ghost"), "", "", Map.of(), ParticipantKind.STANDARD,
                VideoGrant.join("standup").toBuilder().hidden(true).build(), false));
        participantAdmin.removeParticipant(server, new RemoveParticipantCommand(name, Identity.of("alice"), false));
        roomAdmin.deleteRoom(server, name);

        DeliveryRound round = delivery.deliverDue();

        assertThat(round.delivered()).isEqualTo(4);
        List<Receiver.Captured> requests = receiver.requests();
        assertThat(requests).hasSize(4);
        WebhookReceiver liveKit = new WebhookReceiver(KEY, SECRET);
        List<WebhookEvent> events = new java.util.ArrayList<>();
        for (Receiver.Captured c : requests) {
            assertThat(c.method()).isEqualTo("POST");
            assertThat(c.header("Content-Type")).isEqualTo("application/webhook+json");
            String body = new String(c.body(), StandardCharsets.UTF_8);
            WebhookEvent event = liveKit.receive(body, c.header("Authorization"));
            assertThat(strictlyParsed(body)).isEqualTo(event);
            DecodedJWT jwt = JWT.decode(c.header("Authorization"));
            assertThat(jwt.getIssuer()).isEqualTo(KEY);
            assertThat(Duration.between(jwt.getIssuedAtAsInstant(), jwt.getExpiresAtAsInstant())).isEqualTo(Duration.ofMinutes(5));
            assertThat(body).doesNotContain(SECRET, "ghost");
            events.add(event);
        }

        assertThat(events).extracting(WebhookEvent::getEvent)
                .containsExactly("room_started", "participant_joined", "participant_left", "room_finished");
        assertThat(events).extracting(e -> e.getRoom().getName()).containsOnly("standup");
        assertThat(events).extracting(e -> e.getRoom().getSid()).containsOnly(rooms.find(name).orElseThrow().sid());
        assertThat(events).extracting(WebhookEvent::getId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("EV_"));
        assertThat(events).allMatch(e -> Math.abs(e.getCreatedAt() - Instant.now().getEpochSecond()) < 60);
        assertThat(events.get(0).getRoom().getMetadata()).isEqualTo("{\"topic\":\"daily\"}");
        assertThat(events.get(0).getRoom().getMaxParticipants()).isEqualTo(10);
        assertThat(events.get(0).getRoom().getEmptyTimeout()).isEqualTo(300);
        assertThat(events.get(0).getRoom().getDepartureTimeout()).isEqualTo(20);

        ParticipantInfo joined = events.get(1).getParticipant();
        assertThat(joined.getIdentity()).isEqualTo("alice");
        assertThat(joined.getName()).isEqualTo("Alice \u00c9lise \uD83D\uDE00");
        assertThat(joined.getMetadata()).isEqualTo("{\"role\":\"host\"}");
        assertThat(joined.getAttributesMap()).containsExactlyInAnyOrderEntriesOf(Map.of("team", "red", "note", "line1\nline2 \"q\""));
        assertThat(joined.getState()).isEqualTo(ParticipantInfo.State.ACTIVE);
        assertThat(joined.getKind()).isEqualTo(ParticipantInfo.Kind.STANDARD);
        assertThat(joined.getPermission().getCanPublish()).isTrue();
        assertThat(joined.getPermission().getCanSubscribe()).isTrue();
        assertThat(joined.getPermission().getCanPublishSourcesList()).containsExactly(livekit.LivekitModels.TrackSource.MICROPHONE);
        assertThat(joined.getJoinedAtMs() / 1000).isEqualTo(joined.getJoinedAt());
        assertThat(events.get(1).getRoom().getNumParticipants()).as("the hidden one is not counted").isEqualTo(1);

        ParticipantInfo left = events.get(2).getParticipant();
        assertThat(left.getIdentity()).isEqualTo("alice");
        assertThat(left.getState()).isEqualTo(ParticipantInfo.State.DISCONNECTED);
        assertThat(left.getDisconnectReason()).isEqualTo(DisconnectReason.PARTICIPANT_REMOVED);
        assertThat(events.get(3).hasParticipant()).isFalse();
    }

    @Test
    void liveKitsReceiverRefusesATamperedBodyOrAnotherSecret() throws Exception {
        roomAdmin.createRoom(Caller.server(KEY), new CreateRoomCommand(RoomName.of("r1"), RoomPolicy.defaults(), ""));
        delivery.deliverDue();
        Receiver.Captured c = receiver.requests().get(0);
        String body = new String(c.body(), StandardCharsets.UTF_8);
        String auth = c.header("Authorization");

        assertThat(new WebhookReceiver(KEY, SECRET).receive(body, auth).getEvent()).isEqualTo("room_started");
        assertThatThrownBy(() -> new WebhookReceiver(KEY, SECRET).receive(body.replace("r1", "r2"), auth))
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> new WebhookReceiver(KEY, SECRET).receive(body + " ", auth)).hasMessageContaining("sha256");
        assertThatThrownBy(() -> new WebhookReceiver(KEY, SECRET + "x").receive(body, auth)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> new WebhookReceiver("APIother", SECRET).receive(body, auth)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> new WebhookReceiver(KEY, SECRET).receive(body, "Bearer " + auth)).isInstanceOf(Exception.class);
    }

    @Test
    void aReceiverThatIsDownLosesNothing() throws Exception {
        receiver.answer(Receiver.status(503));
        roomAdmin.createRoom(Caller.server(KEY), new CreateRoomCommand(RoomName.of("r1"), RoomPolicy.defaults(), ""));
        roomAdmin.createRoom(Caller.server(KEY), new CreateRoomCommand(RoomName.of("r2"), RoomPolicy.defaults(), ""));

        DeliveryRound failed = delivery.deliverDue();
        assertThat(failed.retried()).isEqualTo(2);

        receiver.answer(Receiver.status(204));
        Thread.sleep(1100); // the first retry is due after at most one second
        DeliveryRound retried = delivery.deliverDue();
        assertThat(retried.delivered()).isEqualTo(2);
        List<Receiver.Captured> requests = receiver.requests();
        assertThat(requests).hasSize(4);
        assertThat(requests.get(2).body()).isIn(List.of(requests.get(0).body(), requests.get(1).body()));
        assertThat(new String(requests.get(2).body(), StandardCharsets.UTF_8)).isNotEqualTo(new String(requests.get(3).body(),
                StandardCharsets.UTF_8));
        for (Receiver.Captured c : requests.subList(2, 4)) {
            new WebhookReceiver(KEY, SECRET).receive(new String(c.body(), StandardCharsets.UTF_8), c.header("Authorization"));
        }
    }
}
