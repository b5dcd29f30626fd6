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
 * plugnmeet-sdk-js, unchanged, drives the signed /auth/room API of a running parley.jar: with a key
 * configured for Plug-N-Meet's plain signatures it works end to end; with any other key its
 * replayable body-only signature is refused.
 */
class PlugNmeetSdkIT {

    private static final String COMPAT_KEY = "APIpnmCompat";
    private static final String COMPAT_SECRET = "compat-secret-0123456789-abcdefghijklmnop";
    private static final String STRICT_KEY = "APIpnmStrict";
    private static final String STRICT_SECRET = "strict-secret-0123456789-abcdefghijklmnop";

    @TempDir
    Path work;

    @BeforeAll
    static void installSdks() throws Exception {
        NodeSdks.install();
    }

    @Test
    void theSdkCreatesInspectsAndEndsRoomsAndMintsJoinTokensWithItsOwnKey() throws Exception {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        try (RunningParley parley = RunningParley.start(work, Map.of(
                "PARLEY_KEYS", COMPAT_KEY + ":" + COMPAT_SECRET + "," + STRICT_KEY + ":" + STRICT_SECRET,
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                "PARLEY_AUTH_SIGNED_PLAIN_SIGNATURE_KEYS", COMPAT_KEY,
                "PARLEY_DATA_DIR", work.resolve("data").toString()))) {
            assertThat(parley.awaitHealthAnswer(Duration.ofSeconds(150)).statusCode()).isEqualTo(200);

            NodeSdks.Result r = NodeSdks.node(Map.of("PNM_COMPAT_SECRET", COMPAT_SECRET, "PNM_STRICT_SECRET", STRICT_SECRET),
                    "plugnmeet-rooms.mjs", "http://127.0.0.1:" + parley.port, COMPAT_KEY, STRICT_KEY);

            assertThat(r.exitCode()).as(r.output()).isZero();
            JsonNode out = new ObjectMapper().readTree(r.stdout().trim());
            JsonNode created = out.get("create");
            assertThat(created.get("status").asBoolean()).as(created.toString()).isTrue();
            assertThat(created.at("/room_info/name").asText()).isEqualTo("pnm-room");
            assertThat(created.at("/room_info/max_participants").asInt()).isEqualTo(10);
            assertThat(created.at("/room_info/empty_timeout").asInt()).isEqualTo(600);
            assertThat(out.at("/activeAfterCreate/is_active").asBoolean()).isTrue();

            assertThat(out.get("joinStatus").asBoolean()).isTrue();
            JsonNode claims = out.get("joinClaims");
            assertThat(claims.get("iss").asText()).as("signed with the key that signed the request").isEqualTo(COMPAT_KEY);
            assertThat(claims.get("sub").asText()).isEqualTo("ann");
            assertThat(claims.get("name").asText()).isEqualTo("Ann");
            assertThat(claims.get("roomJoin").asBoolean()).isTrue();
            assertThat(claims.get("room").asText()).isEqualTo("pnm-room");
            assertThat(claims.get("roomAdmin").asBoolean()).as("is_admin maps to roomAdmin").isTrue();
            assertThat(claims.get("hidden").asBoolean()).isFalse();
            assertThat(claims.get("lifetime").asInt()).as("default lifetime 10 minutes").isEqualTo(600);

            assertThat(out.at("/rooms/rooms/0/room_info/room_id").asText()).isEqualTo("pnm-room");
            assertThat(out.at("/roomInfo/room/room_info/room_title").asText()).isEqualTo("Standup");
            assertThat(out.at("/end/status").asBoolean()).isTrue();
            assertThat(out.at("/activeAfterEnd/is_active").asBoolean()).isFalse();
            assertThat(out.at("/unknownRoomJoin/status").asBoolean()).isFalse();

            assertThat(out.at("/strictKeyPlainSignature/status").asBoolean())
                    .as("a body-only signature is replayable: refused unless the key opted in").isFalse();
            assertThat(out.at("/wrongSecret/status").asBoolean()).isFalse();

            String log = parley.output();
            assertThat(log).doesNotContain(COMPAT_SECRET).doesNotContain(STRICT_SECRET);
            assertThat(log).as("using the replayable compatibility scheme is logged")
                    .contains("API key " + COMPAT_KEY + " authenticated a request with a plain Plug-N-Meet signature");
        }
    }
}
