package dev.parley.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.rest.fixture.Answer;
import dev.parley.adapter.rest.fixture.ServerApi;
import dev.parley.application.auth.SignedRequest;
import dev.parley.domain.grant.VideoGrant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad requests across both server APIs, each named for the rule it breaks: every one gets a
 * precise answer (HTTP status and Parley's stable code: {@code meta.parley_code} on Twirp,
 * {@code code} on the signed API), a message, and never a stack trace or a 500.
 */
class BadRequestCorpusTest {

    private record Case(String rule, Function<ServerApi, Answer> call, int status, String code) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static String admin(ServerApi api) {
        return api.bearer(VideoGrant.builder().roomCreate(true).roomList(true).build());
    }

    private static Case twirp(String rule, String method, String body, int status, String code) {
        return new Case(rule, api -> api.twirp(method, admin(api), body), status, code);
    }

    private static Case twirpAs(String rule, VideoGrant grant, String method, String body, int status, String code) {
        return new Case(rule, api -> {
            api.twirp("CreateRoom", admin(api), "{\"name\":\"room-a\"}");
            return api.twirp(method, api.bearer(grant), body);
        }, status, code);
    }

    private static Case pnm(String rule, String action, String body, int status, String code) {
        return new Case(rule, api -> api.plugNmeet(action, body), status, code);
    }

    private static Case pnmSigned(String rule, String action, Function<ServerApi, SignedRequest> request, int status, String code) {
        return new Case(rule, api -> api.plugNmeet(action, request.apply(api)), status, code);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> corpus() {
        VideoGrant listOnly = VideoGrant.builder().roomList(true).build();
        VideoGrant adminOfB = VideoGrant.builder().roomAdmin(true).room("room-b").build();
        VideoGrant adminNoRoom = VideoGrant.builder().roomAdmin(true).build();
        List<Case> cases = new ArrayList<>(List.of(
            // Twirp: routing, content type, authentication
            new Case("twirp: method name is case-sensitive", api -> api.twirp("createroom", admin(api), "{}"), 404, "method_unknown"),
            new Case("twirp: protobuf bodies are not spoken", api -> api.twirp("ListRooms", admin(api), "application/protobuf", new byte[0]), 404, "content_type_unsupported"),
            new Case("twirp: no Content-Type", api -> api.twirp("ListRooms", admin(api), null, utf8("{}")), 404, "content_type_unsupported"),
            new Case("twirp: no Authorization header", api -> api.twirp("ListRooms", null, "{}"), 401, "authorization_missing"),
            new Case("twirp: Basic instead of Bearer", api -> api.twirp("ListRooms", "Basic YTpi", "{}"), 401, "authorization_missing"),
            new Case("twirp: Bearer without a token", api -> api.twirp("ListRooms", "Bearer   ", "{}"), 401, "authorization_missing"),
            new Case("twirp: a token no codec made", api -> api.twirp("ListRooms", "Bearer abc.def.ghi", "{}"), 401, "token_malformed"),
            new Case("twirp: a token over 8 KiB", api -> api.twirp("ListRooms", "Bearer " + "a".repeat(9000), "{}"), 401, "token_too_large"),
            // Twirp: bodies
            twirp("twirp: empty body", "ListRooms", "", 400, "request_malformed"),
            twirp("twirp: array instead of object", "ListRooms", "[]", 400, "request_malformed"),
            twirp("twirp: truncated JSON", "CreateRoom", "{\"name\":\"a\"", 400, "request_malformed"),
            twirp("twirp: duplicate member", "CreateRoom", "{\"name\":\"a\",\"name\":\"b\"}", 400, "request_malformed"),
            twirp("twirp: same field by both names", "CreateRoom", "{\"name\":\"a\",\"maxParticipants\":1,\"max_participants\":2}", 400, "request_malformed"),
            twirp("twirp: name as number", "CreateRoom", "{\"name\":1}", 400, "request_malformed"),
            twirp("twirp: uint32 negative", "CreateRoom", "{\"name\":\"a\",\"maxParticipants\":-5}", 400, "request_malformed"),
            twirp("twirp: uint32 fraction", "CreateRoom", "{\"name\":\"a\",\"emptyTimeout\":0.5}", 400, "request_malformed"),
            twirp("twirp: uint32 overflow", "CreateRoom", "{\"name\":\"a\",\"emptyTimeout\":99999999999}", 400, "request_malformed"),
            twirp("twirp: bool as string", "UpdateParticipant", "{\"room\":\"room-a\",\"identity\":\"x\",\"permission\":{\"canPublish\":\"false\"}}", 400, "request_malformed"),
            twirp("twirp: names not an array", "ListRooms", "{\"names\":\"room-a\"}", 400, "request_malformed"),
            twirp("twirp: names with a number", "ListRooms", "{\"names\":[\"room-a\",2]}", 400, "request_malformed"),
            twirp("twirp: attributes not strings", "UpdateParticipant", "{\"room\":\"room-a\",\"identity\":\"x\",\"attributes\":{\"k\":1}}", 400, "request_malformed"),
            twirp("twirp: permission not an object", "UpdateParticipant", "{\"room\":\"room-a\",\"identity\":\"x\",\"permission\":true}", 400, "request_malformed"),
            twirp("twirp: unknown track source name", "UpdateParticipant", "{\"room\":\"room-a\",\"identity\":\"x\",\"permission\":{\"canPublishSources\":[\"SCREEN\"]}}", 400, "request_malformed"),
            twirp("twirp: nesting 64 deep", "CreateRoom", "{\"name\":\"a\",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}", 400, "request_malformed"),
            twirp("twirp: trailing garbage", "CreateRoom", "{\"name\":\"a\"}x", 400, "request_malformed"),
            twirp("twirp: egress is not ignored", "CreateRoom", "{\"name\":\"a\",\"egress\":{\"tracks\":{}}}", 501, "feature_unimplemented"),
            twirp("twirp: SendData needs media", "SendData", "{\"room\":\"room-a\"}", 501, "method_unimplemented"),
            // Twirp: domain rules
            twirp("twirp: room name missing", "CreateRoom", "{}", 400, "room_name_invalid"),
            twirp("twirp: room name with a slash", "CreateRoom", "{\"name\":\"a/b\"}", 400, "room_name_invalid"),
            twirp("twirp: room name of 129 characters", "CreateRoom", "{\"name\":\"" + "r".repeat(129) + "\"}", 400, "room_name_invalid"),
            twirp("twirp: room name with unicode", "CreateRoom", "{\"name\":\"r\u00e4um\"}", 400, "room_name_invalid"),
            twirp("twirp: participant limit over 100000", "CreateRoom", "{\"name\":\"a\",\"maxParticipants\":100001}", 400, "room_policy_invalid"),
            twirp("twirp: empty timeout over 7 days", "CreateRoom", "{\"name\":\"a\",\"emptyTimeout\":604801}", 400, "room_policy_invalid"),
            twirp("twirp: room metadata over 64 KiB", "CreateRoom", "{\"name\":\"a\",\"metadata\":\"" + "m".repeat(70_000) + "\"}", 400, "room_metadata_too_large"),
            twirp("twirp: list filter with a bad name", "ListRooms", "{\"names\":[\"ok\",\"not ok\"]}", 400, "room_name_invalid"),
            twirp("twirp: delete an unknown room", "DeleteRoom", "{\"room\":\"nowhere\"}", 404, "room_not_found"),
            twirpAs("twirp: identity with a bidi override", VideoGrant.builder().roomAdmin(true).room("room-a").build(),
                    "GetParticipant", "{\"room\":\"room-a\",\"identity\":\"\\u202eevil\"}", 400, "identity_invalid"),
            twirpAs("twirp: unknown participant", VideoGrant.builder().roomAdmin(true).room("room-a").build(),
                    "RemoveParticipant", "{\"room\":\"room-a\",\"identity\":\"ghost\"}", 404, "participant_not_found"),
            // Twirp: grants
            twirpAs("twirp: create without roomCreate", listOnly, "CreateRoom", "{\"name\":\"b\"}", 403, "room_create_not_granted"),
            twirpAs("twirp: list without roomList", adminOfB, "ListRooms", "{}", 403, "room_list_not_granted"),
            twirpAs("twirp: delete without roomCreate", listOnly, "DeleteRoom", "{\"room\":\"room-a\"}", 403, "room_create_not_granted"),
            twirpAs("twirp: admin of another room", adminOfB, "ListParticipants", "{\"room\":\"room-a\"}", 403, "grant_room_mismatch"),
            twirpAs("twirp: admin of no room", adminNoRoom, "UpdateRoomMetadata", "{\"room\":\"room-a\",\"metadata\":\"x\"}", 403, "grant_room_missing"),
            twirpAs("twirp: update participant without roomAdmin", listOnly, "UpdateParticipant", "{\"room\":\"room-a\",\"identity\":\"x\"}", 403, "room_admin_not_granted"),
            new Case("twirp: body over 1 MiB", api -> api.twirp("CreateRoom", admin(api), "application/json", new byte[(1 << 20) + 1]), 413, "request_too_large"),
            // Plug-N-Meet: routing and signatures
            pnm("pnm: unknown action", "deleteEverything", "{}", 404, "action_unknown"),
            new Case("pnm: form instead of JSON", api -> api.plugNmeet("isRoomActive", api.signer.sign(utf8("{}"), api.clock.instant()),
                    "application/x-www-form-urlencoded"), 415, "content_type_unsupported"),
            pnmSigned("pnm: no headers at all", "isRoomActive", api -> new SignedRequest(null, null, null, null, utf8("{}")), 401, "signature_missing"),
            pnmSigned("pnm: no timestamp", "isRoomActive", api -> {
                SignedRequest r = api.signer.sign(utf8("{}"), api.clock.instant());
                return new SignedRequest(r.apiKey(), r.signature(), null, r.nonce(), r.body());
            }, 401, "signature_missing"),
            pnmSigned("pnm: plain signature for an ordinary key", "isRoomActive", api -> api.signer.signPlain(utf8("{}")), 401, "signature_missing"),
            pnmSigned("pnm: unknown key", "isRoomActive", api -> new dev.parley.application.auth.fake.TestSigner("APIghost", ServerApi.SECRET)
                    .sign(utf8("{}"), api.clock.instant()), 401, "api_key_unknown"),
            pnmSigned("pnm: key id with a path", "isRoomActive", api -> {
                SignedRequest r = api.signer.sign(utf8("{}"), api.clock.instant());
                return new SignedRequest("../APIkey", r.signature(), r.timestamp(), r.nonce(), r.body());
            }, 401, "api_key_unknown"),
            pnmSigned("pnm: uppercase hex signature", "isRoomActive", api -> {
                SignedRequest r = api.signer.sign(utf8("{}"), api.clock.instant());
                return new SignedRequest(r.apiKey(), r.signature().toUpperCase(java.util.Locale.ROOT), r.timestamp(), r.nonce(), r.body());
            }, 401, "signature_invalid"),
            pnmSigned("pnm: signature of another secret", "isRoomActive", api -> new dev.parley.application.auth.fake.TestSigner("APIkey",
                    "wrong-secret-0123456789abcdef-012345").sign(utf8("{}"), api.clock.instant()), 401, "signature_invalid"),
            pnmSigned("pnm: nonce too short", "isRoomActive", api -> api.signer.sign(utf8("{}"),
                    Long.toString(api.clock.instant().getEpochSecond()), "short"), 401, "signature_invalid"),
            pnmSigned("pnm: timestamp in milliseconds is not unix seconds", "isRoomActive", api -> api.signer.sign(utf8("{}"),
                    Long.toString(api.clock.instant().toEpochMilli()), api.signer.freshNonce()), 401, "signature_invalid"),
            pnmSigned("pnm: timestamp an hour old", "isRoomActive", api -> api.signer.sign(utf8("{}"),
                    api.clock.instant().minusSeconds(3600)), 401, "request_expired"),
            // Plug-N-Meet: bodies and rules
            pnm("pnm: body not JSON", "create", "room_id=a", 400, "request_malformed"),
            pnm("pnm: duplicate room_id", "create", "{\"room_id\":\"a\",\"room_id\":\"b\",\"metadata\":{\"room_title\":\"t\"}}", 400, "request_malformed"),
            pnm("pnm: metadata as a string", "create", "{\"room_id\":\"a\",\"metadata\":\"{}\"}", 400, "request_malformed"),
            pnm("pnm: empty_timeout as bool", "create", "{\"room_id\":\"a\",\"empty_timeout\":true,\"metadata\":{\"room_title\":\"t\"}}", 400, "request_malformed"),
            pnm("pnm: is_admin as string", "getJoinToken", "{\"room_id\":\"a\",\"user_info\":{\"name\":\"n\",\"user_id\":\"u\",\"is_admin\":\"yes\"}}", 400, "request_malformed"),
            pnm("pnm: room id missing", "endRoom", "{}", 400, "room_id_required"),
            pnm("pnm: room id with spaces", "isRoomActive", "{\"room_id\":\"a b\"}", 400, "room_name_invalid"),
            pnm("pnm: create without metadata", "create", "{\"room_id\":\"a\"}", 400, "metadata_required"),
            pnm("pnm: create without room title", "create", "{\"room_id\":\"a\",\"metadata\":{\"room_title\":\"\"}}", 400, "room_title_required"),
            pnm("pnm: empty timeout under 120 s", "create", "{\"room_id\":\"a\",\"empty_timeout\":30,\"metadata\":{\"room_title\":\"t\"}}", 400, "empty_timeout_invalid"),
            pnm("pnm: client-chosen encryption key", "create", "{\"room_id\":\"a\",\"metadata\":{\"room_title\":\"t\",\"room_features\":{\"end_to_end_encryption_features\":{\"is_enabled\":true,\"encryption_key\":\"k\"}}}}", 400, "encryption_key_not_allowed"),
            pnm("pnm: token without user_info", "getJoinToken", "{\"room_id\":\"a\"}", 400, "user_info_required"),
            pnm("pnm: token for a closed room", "getJoinToken", "{\"room_id\":\"closed\",\"user_info\":{\"name\":\"n\",\"user_id\":\"u\"}}", 404, "room_not_found"),
            pnm("pnm: info of an unknown room", "getActiveRoomInfo", "{\"room_id\":\"nowhere\"}", 404, "room_not_found"),
            pnm("pnm: end an unknown room", "endRoom", "{\"room_id\":\"nowhere\"}", 404, "room_not_found"),
            pnmSigned("pnm: body over 1 MiB", "create", api -> api.signer.sign(new byte[(1 << 20) + 1], api.clock.instant()), 413, "request_too_large")));
        return cases.stream().map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyBadRequestGetsAPreciseAnswer(Case c) {
        ServerApi api = new ServerApi();
        Answer a = c.call().apply(api);

        assertThat(a.status()).as(a.body().toString()).isEqualTo(c.status());
        String code = c.rule().startsWith("twirp") ? a.parleyCode() : a.text("code");
        assertThat(code).as(a.body().toString()).isEqualTo(c.code());
        assertThat(a.text("msg")).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        if (c.rule().startsWith("pnm")) {
            assertThat(a.body().path("status").asBoolean(true)).isFalse();
        } else {
            assertThat(a.text("code")).isNotBlank();
        }
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasAtLeastFiftyCases() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(50);
    }
}
