package dev.parley.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LiveKit's own Node server SDK (RoomServiceClient, which signs its own Bearer tokens with the API
 * secret) administers rooms on a running parley.jar over real HTTP, unchanged, as an existing
 * LiveKit integration would.
 */
class LiveKitServerSdkIT {

    private static final String KEY = "APIsdkE2E";
    private static final String SECRET = "sdk-e2e-secret-0123456789-abcdefghijklmnop";

    @TempDir
    Path work;

    @BeforeAll
    static void installSdks() throws Exception {
        NodeSdks.install();
    }

    @Test
    void roomServiceClientCreatesListsUpdatesAndDeletesRoomsWithLiveKitsErrors() throws Exception {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        try (RunningParley parley = RunningParley.start(work, Map.of(
                "PARLEY_KEYS", KEY + ":" + SECRET,
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                "PARLEY_DATA_DIR", work.resolve("data").toString()))) {
            assertThat(parley.awaitHealthAnswer(Duration.ofSeconds(150)).statusCode()).isEqualTo(200);

            NodeSdks.Result r = NodeSdks.node(Map.of("LIVEKIT_API_SECRET", SECRET), "livekit-roomservice.mjs",
                    "http://127.0.0.1:" + parley.port, KEY);

            assertThat(r.exitCode()).as(r.output() + "\n--- parley ---\n" + parley.output()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.stdout().trim());
            JsonNode created = out.get("created");
            assertThat(created.get("name").asText()).isEqualTo("sdk-room");
            assertThat(created.get("sidPrefix").asText()).isEqualTo("RM_");
            assertThat(created.get("maxParticipants").asInt()).isEqualTo(5);
            assertThat(created.get("emptyTimeout").asInt()).isEqualTo(600);
            assertThat(created.get("departureTimeout").asInt()).isEqualTo(30);
            assertThat(created.get("metadata").asText()).isEqualTo("{\"topic\":\"sdk\"}");
            assertThat(created.get("creationTimeIsRecent").asBoolean()).isTrue();
            assertThat(out.get("createdAgainSameSid").asBoolean()).as("CreateRoom is idempotent").isTrue();
            assertThat(out.get("listed").toString()).isEqualTo("[\"other-room\",\"sdk-room\"]");
            assertThat(out.get("filtered").toString()).isEqualTo("[\"other-room\"]");
            assertThat(out.get("participants").asInt()).isZero();
            assertThat(out.get("updatedMetadata").asText()).isEqualTo("new-meta");
            assertThat(out.get("scopedAdminOwnRoom").asInt()).as("an SDK-minted roomAdmin token works in its room").isEqualTo(200);
            assertError(out.get("scopedAdminOtherRoom"), 403, "permission_denied");
            assertError(out.get("getMissingParticipant"), 404, "not_found");
            assertError(out.get("removeMissingParticipant"), 404, "not_found");
            assertError(out.get("listParticipantsOfMissingRoom"), 404, "not_found");
            assertThat(out.get("afterDelete").toString()).isEqualTo("[\"other-room\"]");
            assertError(out.get("deleteAgain"), 404, "not_found");
            assertError(out.get("badRoomName"), 400, "invalid_argument");
            assertError(out.get("wrongSecret"), 401, "unauthenticated");
            assertError(out.get("unknownKey"), 401, "unauthenticated");

            String log = parley.output();
            assertThat(log).as("every privileged call is audited").contains("\"action\":\"room.create\"")
                    .contains("\"action\":\"room.delete\"");
            assertThat(log).as("no secret in the log").doesNotContain(SECRET);
        }
    }

    private static void assertError(JsonNode error, int status, String code) {
        assertThat(error.isObject()).as("expected an error, got " + error).isTrue();
        assertThat(error.get("status").asInt()).as(error.toString()).isEqualTo(status);
        assertThat(error.get("code").asText()).as(error.toString()).isEqualTo(code);
    }
}
