package dev.parley.adapter.media.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.media.sdp.ChromeOffers;
import dev.parley.adapter.media.sdp.Direction;
import dev.parley.adapter.media.sdp.SdpParser;
import dev.parley.adapter.media.sdp.SessionDescription;
import dev.parley.adapter.media.sfu.CapturingPeerTransport;
import dev.parley.adapter.media.sfu.Sfu;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.token.fake.TestClaims;
import dev.parley.application.token.key.TokenKey;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The signaling protocol against the real token verification service (with the application's
 * in-memory key ring and revocation list), the real grant policy and the real SFU; only the
 * WebSocket and the UDP transport are replaced by recorders.
 */
class SignalingSessionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String SECRET = "0123456789abcdef0123456789abcdef-secret";
    private static final String AUDIO_TRACK = ChromeOffers.publishedTrackId("audio");
    private static final String VIDEO_TRACK = ChromeOffers.publishedTrackId("video");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final KeyRingService keys = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(1), clock,
            TokenPolicy.defaults().withDevelopmentMode(true));
    private final KeyRing keyRing = new KeyRing(store, sealer);
    private final FakeJwtCodec codec = new FakeJwtCodec();
    private final TokenVerificationService verifier = new TokenVerificationService(codec, keyRing,
            new InMemoryRevocationList(), clock, TokenPolicy.defaults());
    private final Sfu sfu = new Sfu((listener, packets) -> new CapturingPeerTransport(listener));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    /** Who verifyToken admitted: alice in room-a (the application's rule is tested in SessionServiceTest). */
    private final java.util.Set<String> admitted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    {
        admitted.add("room-a/alice");
    }
    private final dev.parley.application.session.SessionAdmissionUseCase admission =
            (room, identity) -> admitted.contains(room.value() + "/" + identity.value());
    private SignalingService service = new SignalingService(verifier, admission, AccessPolicy.standard(), sfu, timers,
            SignalingLimits.defaults());
    private final RecordingConnection conn = new RecordingConnection();

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    private String token(VideoGrant grant) {
        keys.importSecret("APIkey", SECRET);
        TokenKey key = keyRing.find("APIkey").orElseThrow();
        return codec.encode(TestClaims.at(NOW).video(grant).build(), key);
    }

    private static String msg(Object... kv) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
        }
        return n.toString();
    }

    private SignalingSession joined(VideoGrant grant) {
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", token(grant)));
        assertThat(s.isJoined()).as(conn.sent.toString()).isTrue();
        return s;
    }

    private void assertClosedWith(String code, int closeCode) {
        assertThat(conn.isClosed()).isTrue();
        assertThat(conn.closeCode).isEqualTo(closeCode);
        assertThat(conn.closeReason).isEqualTo(code);
        assertThat(conn.last("error").get("code").asText()).isEqualTo(code);
    }

    @Test
    void joinWithAValidTokenAnswersJoinedWithTheGrantsPermissions() {
        VideoGrant g = VideoGrant.join("room-a").toBuilder().canPublishSources(Set.of(TrackSource.CAMERA)).build();
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", token(g), "id", 1));
        JsonNode joined = conn.last("joined");
        assertThat(joined.get("id").asInt()).isEqualTo(1);
        assertThat(joined.get("room").asText()).isEqualTo("room-a");
        assertThat(joined.at("/participant/identity").asText()).isEqualTo("alice");
        assertThat(joined.at("/participant/sid").asText()).startsWith("PA_");
        assertThat(joined.at("/permissions/canPublishSources").toString()).isEqualTo("[\"camera\"]");
        assertThat(sfu.participants("room-a")).containsExactly("alice");
        assertThat(conn.isClosed()).isFalse();
    }

    @Test
    void closesTheConnectionWhenTheFirstMessageIsNotJoin() {
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "offer", "pc", "pub", "sdp", ChromeOffers.publish()));
        assertClosedWith(ErrorCodes.JOIN_EXPECTED, 1008);
        assertThat(sfu.participants("room-a")).isEmpty();
    }

    @Test
    void closesTheConnectionWhenNoJoinArrivesWithinTheTimeout() throws Exception {
        service = new SignalingService(verifier, admission, AccessPolicy.standard(), sfu, timers,
                new SignalingLimits(192 * 1024, Duration.ofMillis(100), 8192));
        service.open(conn);
        assertThat(conn.awaitClose(5000)).isTrue();
        assertClosedWith(ErrorCodes.JOIN_TIMEOUT, 1008);
    }

    @Test
    void refusesATokenSignedByAnotherKeyWithItsRefusalCodeAndNeverEchoesTheToken() {
        keys.importSecret("APIother", "another-secret-0123456789-abcdefghijklmnop");
        String forged = codec.forge("HS256", TestClaims.at(NOW).build(), keyRing.find("APIother").orElseThrow());
        keys.importSecret("APIkey", SECRET);
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", forged));
        assertClosedWith("token_signature_invalid", 1008);
        assertThat(String.join("\n", conn.sent)).doesNotContain(forged);
    }

    @Test
    void refusesAGarbageTokenAsMalformed() {
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", "not-a-token"));
        assertThat(conn.isClosed()).isTrue();
        assertThat(conn.last("error").get("code").asText()).startsWith("token_");
    }

    @Test
    void refusesJoiningAnotherRoomThanTheTokensGrant() {
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", token(VideoGrant.join("room-a")), "room", "room-b"));
        assertClosedWith("grant_room_mismatch", 1008);
        assertThat(sfu.participants("room-b")).isEmpty();
    }

    @Test
    void refusesJoiningWithoutTheRoomJoinGrant() {
        VideoGrant noJoin = VideoGrant.join("room-a").toBuilder().roomJoin(false).build();
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", token(noJoin)));
        assertClosedWith("room_join_not_granted", 1008);
    }

    @Test
    void refusesJoiningWithAGrantThatNamesNoRoom() {
        VideoGrant noRoom = VideoGrant.none().toBuilder().roomJoin(true).build();
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", token(noRoom)));
        assertClosedWith("grant_room_missing", 1008);
    }

    @Test
    void refusesPublishingASourceTheGrantDoesNotListAndStaysConnected() {
        SignalingSession s = joined(VideoGrant.join("room-a").toBuilder().canPublishSources(Set.of(TrackSource.MICROPHONE)).build());
        s.onMessage(msg("type", "publish", "id", "p1", "trackId", VIDEO_TRACK, "kind", "video", "source", "camera"));
        JsonNode e = conn.last("error");
        assertThat(e.get("code").asText()).isEqualTo("publish_source_not_granted");
        assertThat(e.get("id").asText()).isEqualTo("p1");
        assertThat(conn.isClosed()).isFalse();
        s.onMessage(msg("type", "publish", "trackId", AUDIO_TRACK, "kind", "audio", "source", "microphone"));
        assertThat(conn.last("published").get("trackSid").asText()).startsWith("TR_");
    }

    @Test
    void refusesPublishingWhenCanPublishIsFalse() {
        SignalingSession s = joined(VideoGrant.join("room-a").toBuilder().canPublish(false).build());
        s.onMessage(msg("type", "publish", "trackId", AUDIO_TRACK, "kind", "audio", "source", "microphone"));
        assertThat(conn.last("error").get("code").asText()).isEqualTo("publish_not_granted");
    }

    @Test
    void refusesSubscribingWhenCanSubscribeIsFalse() {
        SignalingSession s = joined(VideoGrant.join("room-a").toBuilder().canSubscribe(false).build());
        s.onMessage(msg("type", "subscribe", "trackSids", new String[] {"TR_x"}));
        assertThat(conn.last("error").get("code").asText()).isEqualTo("subscribe_not_granted");
    }

    @Test
    void refusesASourceThatDoesNotProduceTheKind() {
        SignalingSession s = joined(VideoGrant.join("room-a"));
        s.onMessage(msg("type", "publish", "trackId", AUDIO_TRACK, "kind", "audio", "source", "camera"));
        assertThat(conn.last("error").get("code").asText()).isEqualTo(ErrorCodes.TRACK_KIND_MISMATCH);
    }

    @Test
    void closesWithTooBigForAMessageOverTheLimit() {
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", "x".repeat(200 * 1024)));
        assertClosedWith(ErrorCodes.MESSAGE_TOO_LARGE, 1009);
    }

    @Test
    void refusesDuplicateMemberNamesBeforeJoin() {
        SignalingSession s = service.open(conn);
        s.onMessage("{\"type\":\"ping\",\"type\":\"join\",\"token\":\"" + token(VideoGrant.join("room-a")) + "\"}");
        assertClosedWith(ErrorCodes.INVALID_MESSAGE, 1008);
    }

    @Test
    void answersPingWithPongAndUnknownTypesWithAnErrorAfterJoin() {
        SignalingSession s = joined(VideoGrant.join("room-a"));
        s.onMessage(msg("type", "ping", "id", 7));
        assertThat(conn.last("pong").get("id").asInt()).isEqualTo(7);
        s.onMessage(msg("type", "dance"));
        assertThat(conn.last("error").get("code").asText()).isEqualTo(ErrorCodes.INVALID_MESSAGE);
        s.onMessage("[1,2]");
        assertThat(conn.isClosed()).isFalse();
    }

    @Test
    void aMalformedOfferIsAnSdpErrorAndTheSessionGoesOn() {
        SignalingSession s = joined(VideoGrant.join("room-a"));
        s.onMessage(msg("type", "offer", "pc", "pub", "sdp", "v=0\r\nnonsense\r\n"));
        assertThat(conn.last("error").get("code").asText()).isEqualTo(ErrorCodes.SDP_INVALID);
        s.onMessage(msg("type", "trickle", "pc", "pub", "candidate", JSON.createObjectNode().put("candidate", "candidate:1 1 udp 1 1.2.3.4 9 typ host")));
        assertThat(conn.isClosed()).isFalse();
    }

    @Test
    void negotiatesTheEchoPublishOwnTracksThenReceiveThemOnASecondPeerConnection() {
        SignalingSession s = joined(VideoGrant.join("room-a"));
        s.onMessage(msg("type", "publish", "trackId", AUDIO_TRACK, "kind", "audio", "source", "microphone"));
        String audioSid = conn.last("published").get("trackSid").asText();
        s.onMessage(msg("type", "publish", "trackId", VIDEO_TRACK, "kind", "video", "source", "camera"));
        String videoSid = conn.last("published").get("trackSid").asText();

        s.onMessage(msg("type", "offer", "pc", "pub", "sdp", ChromeOffers.publish()));
        JsonNode pubAnswer = conn.last("answer");
        assertThat(pubAnswer.get("pc").asText()).isEqualTo("pub");
        SessionDescription a1 = SdpParser.withDefaults().parse(pubAnswer.get("sdp").asText());
        assertThat(a1.iceLite()).isTrue();
        assertThat(a1.media()).extracting(m -> m.direction()).containsExactly(Direction.RECVONLY, Direction.RECVONLY);
        assertThat(conn.last("trackPublished").at("/track/participant").asText()).isEqualTo("alice");

        s.onMessage(msg("type", "subscribe", "trackSids", new String[] {audioSid, videoSid}));
        assertThat(conn.last("subscribed").get("trackSids")).hasSize(2);
        s.onMessage(msg("type", "offer", "pc", "sub", "sdp", ChromeOffers.subscribe()));
        JsonNode subAnswer = conn.last("answer");
        SessionDescription a2 = SdpParser.withDefaults().parse(subAnswer.get("sdp").asText());
        assertThat(a2.media()).extracting(m -> m.direction()).containsExactly(Direction.SENDONLY, Direction.SENDONLY);
        assertThat(subAnswer.get("tracks")).extracting(t -> t.get("trackSid").asText()).containsExactly(audioSid, videoSid);
        assertThat(subAnswer.get("tracks")).extracting(t -> t.get("mid").asText()).containsExactly("0", "1");

        s.onClose();
        assertThat(sfu.room("room-a")).as("leaving removes the tracks and the room").isEmpty();
    }

    @Test
    void aRemovedParticipantsSessionsAreEndedByTheServerAndLeaveTheSfu() {
        joined(VideoGrant.join("room-a"));
        MediaLiveChannel media = new MediaLiveChannel(() -> java.util.Optional.of(service));

        media.endSession(dev.parley.domain.room.RoomName.of("room-a"), participant("alice"), "removed");

        assertThat(conn.last("session_ended").get("reason").asText()).isEqualTo("removed");
        assertThat(conn.isClosed()).isTrue();
        assertThat(conn.closeCode).isEqualTo(1008);
        assertThat(sfu.participants("room-a")).isEmpty();
        assertThat(service.endSessions("room-a", "alice", "removed")).as("nothing left to end").isZero();
    }

    @Test
    void endingAnotherIdentityOrRoomLeavesTheSessionAlone() {
        joined(VideoGrant.join("room-a"));
        assertThat(service.endSessions("room-a", "bob", "removed")).isZero();
        assertThat(service.endSessions("room-b", "alice", "removed")).isZero();
        assertThat(conn.isClosed()).isFalse();
        assertThat(sfu.participants("room-a")).containsExactly("alice");
    }

    @Test
    void aGrantChangeEndsTheMediaSessionSoTheNewGrantsApplyOnRejoin() {
        joined(VideoGrant.join("room-a"));
        new MediaLiveChannel(() -> java.util.Optional.of(service))
                .grantsChanged(dev.parley.domain.room.RoomName.of("room-a"), participant("alice"));
        assertThat(conn.last("session_ended").get("reason").asText()).isEqualTo("permissions_changed");
        assertThat(sfu.participants("room-a")).isEmpty();
    }

    private static dev.parley.domain.participant.Participant participant(String identity) {
        return new dev.parley.domain.participant.Participant(dev.parley.domain.participant.Identity.of(identity), "PA_x",
                identity, "", java.util.Map.of(), dev.parley.domain.participant.ParticipantKind.STANDARD,
                VideoGrant.join("room-a"), NOW);
    }

    @Test
    void aValidTokenWhoseHolderWasNotAdmittedIsRefusedAndNeverReachesTheSfu() {
        admitted.clear();
        SignalingSession s = service.open(conn);
        s.onMessage(msg("type", "join", "token", token(VideoGrant.join("room-a"))));
        assertClosedWith("session_not_admitted", 1008);
        assertThat(sfu.participants("room-a")).isEmpty();
    }
}
