package dev.parley.adapter.rest.plugnmeet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.rest.fixture.Answer;
import dev.parley.adapter.rest.fixture.Golden;
import dev.parley.adapter.rest.fixture.ServerApi;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each action of Plug-N-Meet's signed room API against the real services over the fakes, with
 * requests signed as a client would sign them, and each way a call can fail.
 */
class PlugNmeetRoomResourceTest {

    private final ServerApi api = new ServerApi();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void createRoomA() {
        assertThat(api.plugNmeet("create", Golden.text("plugnmeet/create-room-request.json")).status()).isEqualTo(200);
    }

    private Room room(String name) {
        return api.rooms.find(RoomName.of(name)).orElseThrow();
    }

    // --- the actions ------------------------------------------------------------------------

    @Test
    void createAnswersStatusAndTheRoomInProtoNames() {
        Answer a = api.plugNmeet("create", Golden.text("plugnmeet/create-room-request.json"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(Golden.json("plugnmeet/create-room-response.json"));
        assertThat(room("room-a").policy().emptyTimeout()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void createIsAuditedAsThePrivilegedActionOfTheApiKey() {
        createRoomA();
        assertThat(api.audit.events()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("room.create");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.actor()).isEqualTo(ServerApi.KEY_ID);
        });
    }

    @Test
    void createWithoutEmptyTimeoutUsesPlugNmeetsDefault() {
        api.plugNmeet("create", "{\"room_id\":\"room-b\",\"metadata\":{\"room_title\":\"B\"}}");
        assertThat(room("room-b").policy().emptyTimeout()).isEqualTo(Duration.ofSeconds(1800));
        assertThat(room("room-b").policy().maxParticipants()).isZero();
    }

    @Test
    void createRefusesAnEmptyTimeoutUnder120Seconds() {
        Answer a = api.plugNmeet("create", "{\"room_id\":\"room-b\",\"empty_timeout\":60,\"metadata\":{\"room_title\":\"B\"}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().path("status").asBoolean()).isFalse();
        assertThat(a.text("code")).isEqualTo("empty_timeout_invalid");
    }

    @Test
    void createNeedsMetadataWithARoomTitle() {
        assertThat(api.plugNmeet("create", "{\"room_id\":\"room-b\"}").text("code")).isEqualTo("metadata_required");
        assertThat(api.plugNmeet("create", "{\"room_id\":\"room-b\",\"metadata\":{}}").text("code")).isEqualTo("room_title_required");
    }

    @Test
    void createNeedsARoomId() {
        Answer a = api.plugNmeet("create", "{\"metadata\":{\"room_title\":\"B\"}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("room_id_required");
    }

    @Test
    void createWithEndToEndEncryptionChoosesTheKeyPolicy() {
        api.plugNmeet("create", "{\"room_id\":\"e2ee-server\",\"metadata\":{\"room_title\":\"S\",\"room_features\":"
                + "{\"end_to_end_encryption_features\":{\"is_enabled\":true,\"encryption_key\":\"\"}}}}");
        api.plugNmeet("create", "{\"room_id\":\"e2ee-self\",\"metadata\":{\"room_title\":\"P\",\"room_features\":"
                + "{\"end_to_end_encryption_features\":{\"is_enabled\":true,\"enabled_self_insert_encryption_key\":true}}}}");
        assertThat(room("e2ee-server").policy().keyPolicy()).isEqualTo(KeyPolicy.SERVER_MANAGED);
        assertThat(room("e2ee-self").policy().keyPolicy()).isEqualTo(KeyPolicy.PARTICIPANT_SUPPLIED);
    }

    @Test
    void aClientSuppliedEncryptionKeyIsRefused_keyMaterialIsTheServers() {
        Answer a = api.plugNmeet("create", "{\"room_id\":\"room-b\",\"metadata\":{\"room_title\":\"B\",\"room_features\":"
                + "{\"end_to_end_encryption_features\":{\"is_enabled\":true,\"encryption_key\":\"s3cr3t-k3y\"}}}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("encryption_key_not_allowed");
        assertThat(a.body().toString()).doesNotContain("s3cr3t-k3y");
        assertThat(api.rooms.find(RoomName.of("room-b"))).isEmpty();
    }

    @Test
    void noResponseEverCarriesAnEncryptionKey() {
        String create = "{\"room_id\":\"room-b\",\"metadata\":{\"room_title\":\"B\",\"room_features\":"
                + "{\"end_to_end_encryption_features\":{\"is_enabled\":true,\"encryptionKey\":\"\"}}}}";
        String created = api.plugNmeet("create", create).body().toString();
        String info = api.plugNmeet("getActiveRoomInfo", "{\"room_id\":\"room-b\"}").body().toString();
        String all = api.plugNmeet("getActiveRoomsInfo", "{}").body().toString();
        assertThat(created + info + all).doesNotContainIgnoringCase("encryption_key").doesNotContainIgnoringCase("encryptionKey");
        assertThat(room("room-b").metadata()).doesNotContainIgnoringCase("encryption_key").doesNotContainIgnoringCase("encryptionKey")
                .contains("end_to_end_encryption_features");
    }

    @Test
    void getJoinTokenMintsAnAccessTokenWithGrantsFromUserInfo() {
        createRoomA();
        Answer a = api.plugNmeet("getJoinToken", Golden.text("plugnmeet/get-join-token-request.json"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("status").asBoolean()).isTrue();
        TokenClaims claims = api.verifier.verify(a.text("token"), TokenPurpose.ACCESS);
        assertThat(claims.subject()).contains(Identity.of("alice"));
        assertThat(claims.name()).isEqualTo("Alice");
        assertThat(claims.video().roomJoin()).isTrue();
        assertThat(claims.video().room()).isEqualTo("room-a");
        assertThat(claims.video().roomAdmin()).isTrue();
        assertThat(claims.video().hidden()).isFalse();
        assertThat(claims.metadata()).isEqualTo("{\"preferred_lang\":\"en\",\"lock_settings\":{\"lock_microphone\":false}}");
        assertThat(claims.expiresAt()).isEqualTo(ServerApi.START.plus(Duration.ofMinutes(10)));
    }

    @Test
    void getJoinTokenMakesAHiddenUserHidden_whichPlugNmeetForgets() {
        createRoomA();
        Answer a = api.plugNmeet("getJoinToken",
                "{\"room_id\":\"room-a\",\"user_info\":{\"name\":\"Rec\",\"user_id\":\"rec\",\"is_hidden\":true}}");
        TokenClaims claims = api.verifier.verify(a.text("token"), TokenPurpose.ACCESS);
        assertThat(claims.video().hidden()).isTrue();
        assertThat(claims.video().roomAdmin()).isFalse();
    }

    @Test
    void getJoinTokenForARoomThatIsNotOpenIsNotFound() {
        Answer a = api.plugNmeet("getJoinToken", "{\"room_id\":\"room-z\",\"user_info\":{\"name\":\"A\",\"user_id\":\"a\"}}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("code")).isEqualTo("room_not_found");
    }

    @Test
    void getJoinTokenNeedsUserInfoWithNameAndUserId() {
        createRoomA();
        assertThat(api.plugNmeet("getJoinToken", "{\"room_id\":\"room-a\"}").text("code")).isEqualTo("user_info_required");
        assertThat(api.plugNmeet("getJoinToken", "{\"room_id\":\"room-a\",\"user_info\":{\"user_id\":\"a\"}}").text("code"))
                .isEqualTo("user_name_required");
        assertThat(api.plugNmeet("getJoinToken", "{\"room_id\":\"room-a\",\"user_info\":{\"name\":\"A\"}}").text("code"))
                .isEqualTo("user_id_required");
        assertThat(api.plugNmeet("getJoinToken", "{\"room_id\":\"room-a\",\"user_info\":{\"name\":\"A\",\"user_id\":\"\\u202eevil\"}}")
                .text("code")).isEqualTo("identity_invalid");
    }

    @Test
    void getJoinTokenWithoutAnActiveKeyIsUnavailable() {
        createRoomA();
        api.keys.changeState(ServerApi.KEY_ID, dev.parley.application.token.key.KeyState.VERIFY_ONLY);
        api.keys.changeState(ServerApi.COMPAT_KEY_ID, dev.parley.application.token.key.KeyState.VERIFY_ONLY);
        Answer a = api.plugNmeet("getJoinToken", Golden.text("plugnmeet/get-join-token-request.json"));
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.text("code")).isEqualTo("token_key_not_active");
    }

    @Test
    void isRoomActiveSaysSo() {
        createRoomA();
        Answer a = api.plugNmeet("isRoomActive", "{\"room_id\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("status").asBoolean()).isTrue();
        assertThat(a.body().path("is_active").asBoolean()).isTrue();
    }

    @Test
    void isRoomActiveForAnUnknownOrEndedRoomIsFalseNotAnError() {
        createRoomA();
        api.plugNmeet("endRoom", "{\"room_id\":\"room-a\"}");
        for (String room : new String[] {"room-a", "room-z"}) {
            Answer a = api.plugNmeet("isRoomActive", "{\"room_id\":\"" + room + "\"}");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.body().path("status").asBoolean()).isFalse();
            assertThat(a.body().path("is_active").asBoolean()).isFalse();
            assertThat(a.text("msg")).isEqualTo("room is not active");
        }
    }

    @Test
    void getActiveRoomInfoAnswersTheRoomAndItsParticipants() {
        createRoomA();
        api.clock.advance(Duration.ofSeconds(60));
        api.joined("room-a", "alice");
        Answer a = api.plugNmeet("getActiveRoomInfo", "{\"room_id\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(Golden.json("plugnmeet/get-active-room-info-response.json"));
    }

    @Test
    void getActiveRoomInfoForAnUnknownRoomIsNotFound() {
        Answer a = api.plugNmeet("getActiveRoomInfo", "{\"room_id\":\"room-z\"}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body().path("status").asBoolean()).isFalse();
    }

    @Test
    void getActiveRoomsInfoListsEveryOpenRoom() {
        createRoomA();
        api.plugNmeet("create", "{\"room_id\":\"room-b\",\"metadata\":{\"room_title\":\"B\"}}");
        Answer a = api.plugNmeet("getActiveRoomsInfo", "{}");
        assertThat(a.body().path("status").asBoolean()).isTrue();
        assertThat(a.body().path("rooms")).hasSize(2);
        assertThat(a.body().path("rooms").get(1).path("room_info").path("room_title").asText()).isEqualTo("B");
    }

    @Test
    void getActiveRoomsInfoWithoutRoomsAnswersStatusFalseAsPlugNmeet() {
        Answer a = api.plugNmeet("getActiveRoomsInfo", "{}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("status").asBoolean()).isFalse();
        assertThat(a.text("msg")).isEqualTo("no active room found");
        assertThat(a.body().path("rooms")).isEmpty();
    }

    @Test
    void endRoomEndsIt() {
        createRoomA();
        Answer a = api.plugNmeet("endRoom", "{\"room_id\":\"room-a\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("status").asBoolean()).isTrue();
        assertThat(room("room-a").isEnded()).isTrue();
    }

    @Test
    void endRoomOfAnUnknownRoomIsNotFound() {
        assertThat(api.plugNmeet("endRoom", "{\"room_id\":\"room-z\"}").status()).isEqualTo(404);
    }

    // --- routing ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Create", "fetchPastRooms", "broadcastToRoom", "", "../create"})
    void anUnknownActionIs404(String action) {
        Answer a = api.plugNmeet(action, "{}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("code")).isEqualTo("action_unknown");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        SignedRequest r = api.signer.sign(utf8("{}"), api.clock.instant());
        Answer a = api.plugNmeet("isRoomActive", r, "multipart/form-data; boundary=x");
        assertThat(a.status()).isEqualTo(415);
    }

    // --- signatures and replay --------------------------------------------------------------

    @Test
    void anUnsignedRequestIsSignatureMissing() {
        Answer a = api.plugNmeet("isRoomActive", new SignedRequest(null, null, null, null, utf8("{\"room_id\":\"a\"}")));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body().path("status").asBoolean()).isFalse();
        assertThat(a.text("code")).isEqualTo("signature_missing");
    }

    @Test
    void aPlainPlugNmeetSignatureIsRefusedForAnOrdinaryKey() {
        Answer a = api.plugNmeet("isRoomActive", api.signer.signPlain(utf8("{\"room_id\":\"a\"}")));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.text("code")).isEqualTo("signature_missing");
    }

    @Test
    void aPlainPlugNmeetSignatureWorksForACompatibilityKey_plugnmeetSdkJsUnchanged() {
        createRoomA();
        Answer a = api.plugNmeet("isRoomActive", api.compatSigner.signPlain(utf8("{\"room_id\":\"room-a\"}")));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().path("is_active").asBoolean()).isTrue();
    }

    @Test
    void aTamperedBodyIsSignatureInvalid() {
        SignedRequest r = api.signer.sign(utf8("{\"room_id\":\"room-a\"}"), api.clock.instant());
        SignedRequest tampered = new SignedRequest(r.apiKey(), r.signature(), r.timestamp(), r.nonce(), utf8("{\"room_id\":\"room-b\"}"));
        Answer a = api.plugNmeet("endRoom", tampered);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.text("code")).isEqualTo("signature_invalid");
    }

    @Test
    void theSignatureCoversTheRawBytesNotTheParsedJson() {
        createRoomA();
        SignedRequest r = api.signer.sign(utf8("{\"room_id\":\"room-a\"}"), api.clock.instant());
        SignedRequest reformatted = new SignedRequest(r.apiKey(), r.signature(), r.timestamp(), r.nonce(), utf8("{ \"room_id\": \"room-a\" }"));
        assertThat(api.plugNmeet("endRoom", reformatted).text("code")).isEqualTo("signature_invalid");
        assertThat(room("room-a").isEnded()).isFalse();
    }

    @Test
    void aReplayedRequestIsRefusedAndChangesNothing() {
        createRoomA();
        SignedRequest end = api.signer.sign(utf8("{\"room_id\":\"room-a\"}"), api.clock.instant());
        assertThat(api.plugNmeet("endRoom", end).status()).isEqualTo(200);
        api.plugNmeet("create", Golden.text("plugnmeet/create-room-request.json"));

        Answer replay = api.plugNmeet("endRoom", end);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text("code")).isEqualTo("nonce_reused");
        assertThat(room("room-a").isEnded()).isFalse();
    }

    @Test
    void anOldRequestIsExpired() {
        SignedRequest old = api.signer.sign(utf8("{\"room_id\":\"room-a\"}"), api.clock.instant().minusSeconds(301));
        assertThat(api.plugNmeet("isRoomActive", old).text("code")).isEqualTo("request_expired");
    }

    @Test
    void anUnknownKeyIsApiKeyUnknown() {
        SignedRequest r = new dev.parley.application.auth.fake.TestSigner("APIstranger", ServerApi.SECRET)
                .sign(utf8("{}"), api.clock.instant());
        assertThat(api.plugNmeet("getActiveRoomsInfo", r).text("code")).isEqualTo("api_key_unknown");
    }

    @Test
    void authenticationComesBeforeParsing_strangersLearnNothingAboutTheBody() {
        Answer a = api.plugNmeet("create", new SignedRequest("APIkey", "0".repeat(64), "1", "nonce-0000000000000001", utf8("{not json")));
        assertThat(a.status()).isEqualTo(401);
    }

    @Test
    void aSignedButMalformedBodyIs400() {
        Answer a = api.plugNmeet("create", "{\"room_id\":\"a\",\"room_id\":\"b\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("code")).isEqualTo("request_malformed");
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        byte[] big = utf8("{\"room_id\":\"a\",\"pad\":\"" + "x".repeat(1 << 20) + "\"}");
        Answer a = api.plugNmeet("create", api.signer.sign(big, api.clock.instant()));
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.text("code")).isEqualTo("request_too_large");
    }

    @Test
    void noResponseEverEchoesTheSecretOrTheSignature() {
        SignedRequest r = api.signer.sign(utf8("{\"room_id\":\"room-a\"}"), api.clock.instant());
        SignedRequest wrong = new SignedRequest(r.apiKey(), "ab".repeat(32), r.timestamp(), r.nonce(), r.body());
        String body = api.plugNmeet("isRoomActive", wrong).body().toString();
        assertThat(body).doesNotContain(ServerApi.SECRET).doesNotContain("ab".repeat(32)).doesNotContain(r.signature());
    }
}
