package dev.parley.adapter.rest.twirp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.rest.fixture.Answer;
import dev.parley.adapter.rest.fixture.Golden;
import dev.parley.adapter.rest.fixture.ServerApi;
import dev.parley.application.token.fake.TestClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.RoomName;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each RoomService method against the real services over the application's fakes, called as
 * LiveKit's server SDK calls it (JSON bodies in the golden files), and each way a call can fail.
 */
class TwirpRoomServiceResourceTest {

    private final ServerApi api = new ServerApi();

    private final String admin = api.bearer(VideoGrant.builder().roomCreate(true).roomList(true).build());

    private String roomAdmin(String room) {
        return api.bearer(VideoGrant.builder().roomAdmin(true).room(room).build());
    }

    private void createRoomA() {
        Answer created = api.twirp("CreateRoom", admin, Golden.text("livekit/create-room-request.json"));
        assertThat(created.status()).isEqualTo(200);
    }

    private void aliceJoined() {
        api.clock.advance(Duration.ofSeconds(60));
        api.joined("room-a", "alice", VideoGrant.join("room-a").toBuilder()
                .canPublishSources(Set.of(TrackSource.MICROPHONE, TrackSource.CAMERA)).canUpdateOwnMetadata(true).build(),
                Map.of("role", "host", "team", "red"));
    }

    // --- the methods ------------------------------------------------------------------------

    @Test
    void createRoomAnswersTheRoomAsLiveKitsJson() {
        Answer a = api.twirp("CreateRoom", admin, Golden.text("livekit/create-room-request.json"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).as("the Node SDK compares it verbatim").isEqualTo("application/json");
        assertThat(a.cacheControl()).isEqualTo("no-store");
        assertThat(a.body()).isEqualTo(Golden.json("livekit/room.json"));
    }

    @Test
    void createRoomAcceptsProtoNamesAndInt32AsStrings_protojson() {
        Answer a = api.twirp("CreateRoom", admin, Golden.text("livekit/create-room-request-proto-names.json"));
        assertThat(a.body()).isEqualTo(Golden.json("livekit/room.json"));
    }

    @Test
    void createRoomIsIdempotentAsInLiveKit() {
        createRoomA();
        Answer again = api.twirp("CreateRoom", admin, "{\"name\":\"room-a\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("sid")).isEqualTo("RM_1");
    }

    @Test
    void createRoomWithoutSettingsUsesLiveKitsDefaults() {
        Answer a = api.twirp("CreateRoom", admin, "{\"name\":\"room-b\"}");
        assertThat(a.body().path("emptyTimeout").asInt()).isEqualTo(300);
        assertThat(a.body().path("departureTimeout").asInt()).isEqualTo(20);
        assertThat(a.body().path("maxParticipants").asInt()).isZero();
    }

    @Test
    void createRoomWithEgressIsUnimplementedRatherThanIgnored() {
        Answer a = api.twirp("CreateRoom", admin, "{\"name\":\"room-b\",\"egress\":{\"room\":{}}}");
        assertThat(a.status()).isEqualTo(501);
        assertThat(a.text("code")).isEqualTo("unimplemented");
        assertThat(api.rooms.find(RoomName.of("room-b"))).isEmpty();
    }

    @Test
    void listRoomsAnswersEveryOpenRoom() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("ListRooms", admin, "{}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(Golden.json("livekit/list-rooms-response.json"));
    }

    @Test
    void listRoomsFiltersByName() {
        createRoomA();
        api.twirp("CreateRoom", admin, "{\"name\":\"room-b\"}");
        Answer a = api.twirp("ListRooms", admin, "{\"names\":[\"room-b\",\"room-z\"]}");
        assertThat(a.body().path("rooms")).hasSize(1);
        assertThat(a.body().path("rooms").get(0).path("name").asText()).isEqualTo("room-b");
    }

    @Test
    void deleteRoomEndsItAndAnswersAnEmptyMessage() {
        createRoomA();
        Answer a = api.twirp("DeleteRoom", admin, "{\"room\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().isEmpty()).isTrue();
        assertThat(api.rooms.find(RoomName.of("room-a")).orElseThrow().isEnded()).isTrue();
    }

    @Test
    void listParticipantsAnswersParticipantInfos() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("ListParticipants", roomAdmin("room-a"), "{\"room\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(Golden.json("livekit/list-participants-response.json"));
    }

    @Test
    void getParticipantAnswersOneParticipantInfo() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("GetParticipant", roomAdmin("room-a"), "{\"room\":\"room-a\",\"identity\":\"alice\"}");
        assertThat(a.body()).isEqualTo(Golden.json("livekit/participant-info.json"));
    }

    @Test
    void removeParticipantTakesThemOut() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("RemoveParticipant", roomAdmin("room-a"), "{\"room\":\"room-a\",\"identity\":\"alice\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().isEmpty()).isTrue();
        assertThat(api.participants.rosterOf(RoomName.of("room-a")).size()).isZero();
    }

    @Test
    void updateParticipantReplacesPermissionsAndMergesAttributesAsLiveKit() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("UpdateParticipant", roomAdmin("room-a"), Golden.text("livekit/update-participant-request.json"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(Golden.json("livekit/update-participant-response.json"));
    }

    @Test
    void updateParticipantPermissionRevokesWhatTheSdkLeftOut_falseIsOmittedOnTheWire() {
        createRoomA();
        aliceJoined();
        // new ParticipantPermission({canSubscribe: true, canPublish: false}).toJson() omits canPublish.
        api.twirp("UpdateParticipant", roomAdmin("room-a"),
                "{\"room\":\"room-a\",\"identity\":\"alice\",\"permission\":{\"canSubscribe\":true}}");

        Participant alice = api.participants.rosterOf(RoomName.of("room-a")).find(Identity.of("alice")).orElseThrow();
        assertThat(alice.grants().effectiveCanPublish()).isFalse();
        assertThat(alice.grants().effectiveCanPublishData()).isFalse();
        assertThat(alice.grants().effectiveCanSubscribe()).isTrue();
    }

    @Test
    void updateParticipantWithoutPermissionKeepsThemAndEmptyMetadataIsNoChange() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("UpdateParticipant", roomAdmin("room-a"),
                "{\"room\":\"room-a\",\"identity\":\"alice\",\"metadata\":\"\",\"name\":\"Alice\"}");
        assertThat(a.body().path("name").asText()).isEqualTo("Alice");
        assertThat(a.body().path("permission").path("canUpdateMetadata").asBoolean()).isTrue();
        assertThat(a.body().path("attributes").path("team").asText()).isEqualTo("red");
    }

    @Test
    void updateRoomMetadataAnswersTheRoom() {
        createRoomA();
        Answer a = api.twirp("UpdateRoomMetadata", roomAdmin("room-a"), "{\"room\":\"room-a\",\"metadata\":\"v2\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("metadata")).isEqualTo("v2");
        assertThat(a.text("name")).isEqualTo("room-a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MutePublishedTrack", "SendData", "UpdateSubscriptions", "ForwardParticipant", "MoveParticipant", "PerformRpc"})
    void methodsThatNeedMediaAreUnimplemented(String method) {
        Answer a = api.twirp(method, roomAdmin("room-a"), "{\"room\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(501);
        assertThat(a.text("code")).isEqualTo("unimplemented");
        assertThat(a.parleyCode()).isEqualTo("method_unimplemented");
    }

    // --- routing and content type -----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"createRoom", "CreateRooms", "Nope", "../CreateRoom", ""})
    void anUnknownMethodIsBadRoute(String method) {
        Answer a = api.twirp(method, admin, "{}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("code")).isEqualTo("bad_route");
        assertThat(a.parleyCode()).isEqualTo("method_unknown");
    }

    @Test
    void anUnknownMethodNameIsNotEchoedWhenItIsNotPlain() {
        Answer a = api.twirp("<script>alert(1)</script>", admin, "{}");
        assertThat(a.text("msg")).doesNotContain("<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/protobuf", "text/plain", "application/x-www-form-urlencoded"})
    void aBodyThatIsNotJsonIsBadRouteAsTwirpAnswers(String contentType) {
        Answer a = api.twirp("ListRooms", admin, contentType, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("code")).isEqualTo("bad_route");
        assertThat(a.parleyCode()).isEqualTo("content_type_unsupported");
    }

    @Test
    void jsonWithACharsetParameterIsJson() {
        Answer a = api.twirp("ListRooms", admin, "application/json; charset=utf-8", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(200);
    }

    // --- authentication (RFC 6750) ----------------------------------------------------------

    @Test
    void noAuthorizationHeaderIsUnauthenticated_rfc6750_3_1() {
        Answer a = api.twirp("ListRooms", null, "{}");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.text("code")).isEqualTo("unauthenticated");
        assertThat(a.parleyCode()).isEqualTo("authorization_missing");
        assertThat(a.wwwAuthenticate()).isEqualTo("Bearer");
    }

    @Test
    void anotherSchemeIsUnauthenticated() {
        Answer a = api.twirp("ListRooms", "Basic dXNlcjpwYXNz", "{}");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.parleyCode()).isEqualTo("authorization_missing");
    }

    @Test
    void aRefusedTokenIsUnauthenticatedWithTheTokensCode_rfc6750_3() {
        String expired = "Bearer " + api.codec.encode(TestClaims.at(ServerApi.START.minus(Duration.ofHours(2)))
                .subject(null).video(VideoGrant.builder().roomList(true).build()).build(), api.keyRing.find("APIkey").orElseThrow());
        Answer a = api.twirp("ListRooms", expired, "{}");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.text("code")).isEqualTo("unauthenticated");
        assertThat(a.parleyCode()).isEqualTo("token_expired");
        assertThat(a.wwwAuthenticate()).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void aGarbageTokenIsMalformedAndNotEchoed() {
        Answer a = api.twirp("ListRooms", "Bearer not-a-token<>", "{}");
        assertThat(a.parleyCode()).isEqualTo("token_malformed");
        assertThat(a.text("msg")).doesNotContain("not-a-token");
    }

    @Test
    void aRenewalTokenCannotCallTheApi_rfc8725_3_12() {
        String renewal = "Bearer " + api.codec.encode(TestClaims.at(ServerApi.START).purpose(TokenPurpose.RENEWAL)
                .video(VideoGrant.builder().roomList(true).build()).build(), api.keyRing.find("APIkey").orElseThrow());
        assertThat(api.twirp("ListRooms", renewal, "{}").parleyCode()).isEqualTo("token_wrong_purpose");
    }

    @Test
    void authenticationComesBeforeUnimplemented_nothingIsRevealedToStrangers() {
        assertThat(api.twirp("SendData", null, "{}").status()).isEqualTo(401);
    }

    // --- authorization ------------------------------------------------------------------------

    @Test
    void aMissingGrantIsPermissionDeniedAndAudited() {
        String listOnly = api.bearer(VideoGrant.builder().roomList(true).build());
        Answer a = api.twirp("CreateRoom", listOnly, "{\"name\":\"room-a\"}");

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.body()).isEqualTo(Golden.json("livekit/twirp-error-permission-denied.json"));
        AuditEvent denied = api.audit.events().get(api.audit.events().size() - 1);
        assertThat(denied.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(denied.action()).isEqualTo("room.create");
        assertThat(denied.actor()).isEqualTo("key:APIkey");
    }

    @Test
    void roomAdminOfAnotherRoomIsPermissionDenied() {
        createRoomA();
        aliceJoined();
        Answer a = api.twirp("ListParticipants", roomAdmin("room-b"), "{\"room\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.parleyCode()).isEqualTo("grant_room_mismatch");
    }

    @Test
    void aJoinTokenCannotAdministerItsRoom() {
        createRoomA();
        String participant = "Bearer " + api.codec.encode(TestClaims.at(ServerApi.START).build(), api.keyRing.find("APIkey").orElseThrow());
        Answer a = api.twirp("RemoveParticipant", participant, "{\"room\":\"room-a\",\"identity\":\"bob\"}");
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.parleyCode()).isEqualTo("room_admin_not_granted");
    }

    // --- not found and invalid ----------------------------------------------------------------

    @Test
    void anUnknownRoomIsNotFound() {
        Answer a = api.twirp("DeleteRoom", admin, "{\"room\":\"room-z\"}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("code")).isEqualTo("not_found");
        assertThat(a.parleyCode()).isEqualTo("room_not_found");
    }

    @Test
    void anUnknownParticipantIsNotFound() {
        createRoomA();
        Answer a = api.twirp("GetParticipant", roomAdmin("room-a"), "{\"room\":\"room-a\",\"identity\":\"zed\"}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.parleyCode()).isEqualTo("participant_not_found");
    }

    @Test
    void anInvalidRoomNameIsInvalidArgument() {
        Answer a = api.twirp("CreateRoom", admin, "{\"name\":\"room a/..\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("invalid_argument");
        assertThat(a.parleyCode()).isEqualTo("room_name_invalid");
    }

    @Test
    void aMissingRoomNameIsInvalidArgument() {
        Answer a = api.twirp("CreateRoom", admin, "{}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.parleyCode()).isEqualTo("room_name_invalid");
    }

    @Test
    void anOutOfRangeLimitIsInvalidArgument() {
        Answer a = api.twirp("CreateRoom", admin, "{\"name\":\"room-b\",\"maxParticipants\":4294967295}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.parleyCode()).isEqualTo("room_policy_invalid");
    }

    @Test
    void anUnknownTrackSourceNumberIsMalformedAndUnknownIsInvalid() {
        createRoomA();
        aliceJoined();
        Answer bad = api.twirp("UpdateParticipant", roomAdmin("room-a"),
                "{\"room\":\"room-a\",\"identity\":\"alice\",\"permission\":{\"canPublishSources\":[\"LASER\"]}}");
        assertThat(bad.text("code")).isEqualTo("malformed");
        Answer unknown = api.twirp("UpdateParticipant", roomAdmin("room-a"),
                "{\"room\":\"room-a\",\"identity\":\"alice\",\"permission\":{\"canPublishSources\":[0]}}");
        assertThat(unknown.text("code")).isEqualTo("invalid_argument");
        assertThat(unknown.parleyCode()).isEqualTo("track_source_invalid");
    }

    // --- malformed bodies ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "", "[]", "\"room\"", "{", "{\"name\":\"a\"} {}", "{\"name\":\"a\",\"name\":\"b\"}",
        "{\"name\":\"a\",\"emptyTimeout\":\"ten\"}", "{\"name\":\"a\",\"emptyTimeout\":1.5}", "{\"name\":\"a\",\"emptyTimeout\":-1}",
        "{\"name\":7}", "{\"name\":\"a\",\"maxParticipants\":true}", "{\"name\":\"a\",\"emptyTimeout\":4294967296}",
        "{\"name\":\"a\",\"empty_timeout\":1,\"emptyTimeout\":1}", "{\"name\":\"a\",\"agents\":{}}",
    })
    void aBodyThatIsNotTheMessageIsMalformed(String body) {
        Answer a = api.twirp("CreateRoom", admin, body);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("malformed");
        assertThat(a.parleyCode()).isEqualTo("request_malformed");
    }

    @Test
    void deepNestingIsMalformed() {
        String deep = "{\"name\":\"a\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(api.twirp("CreateRoom", admin, deep).text("code")).isEqualTo("malformed");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Answer a = api.twirp("CreateRoom", admin, "{\"name\":\"room-b\",\"futureField\":{\"x\":[1,2]},\"roomPreset\":\"p\"}");
        assertThat(a.status()).isEqualTo(200);
    }

    @Test
    void aBodyOverOneMebibyteIsResourceExhaustedWith413() {
        byte[] big = ("{\"name\":\"room-b\",\"metadata\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        Answer a = api.twirp("CreateRoom", admin, "application/json", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.text("code")).isEqualTo("resource_exhausted");
        assertThat(a.parleyCode()).isEqualTo("request_too_large");
    }

    @Test
    void oversizedMetadataWithinTheBodyLimitIsInvalidArgument() {
        Answer a = api.twirp("CreateRoom", admin, "{\"name\":\"room-b\",\"metadata\":\"" + "x".repeat(65 * 1024) + "\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.parleyCode()).isEqualTo("room_metadata_too_large");
    }
}
