package dev.parley.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley keys ...} and {@code parley token create} against a running parley.jar: a key
 * created through the CLI signs tokens the server accepts; revoked, its tokens stop working at
 * once; token issuing through {@code /api/v1/tokens} honours who asks; a Bearer token never
 * administers keys.
 */
class KeysCliIT {

    private static final String ROOT_KEY = "APIroot";
    private static final String ROOT_SECRET = "root-secret-0123456789-abcdefghijklmnopq";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParleyCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString().trim(), err.toString().trim());
    }

    /** A credentials folder in the development key file's format, for {@code --data-dir}. */
    private Path credentials(String name, String key, String secret) throws Exception {
        Path dir = Files.createDirectories(work.resolve("creds-" + name));
        Files.writeString(dir.resolve("dev-api-key.properties"), "key=" + key + "\nsecret=" + secret + "\n");
        return dir;
    }

    private static HttpResponse<String> listRooms(String url, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/twirp/livekit.RoomService/ListRooms"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void keysCreatedThroughTheCliSignTokensUntilTheyAreRevoked() throws Exception {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getProperty("parley.jar", "target/parley.jar"), "--port", String.valueOf(port),
                "--nohazelcast", "--rootdir", work.resolve("rt").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_"));
        pb.environment().putAll(Map.of("PARLEY_KEYS", ROOT_KEY + ":" + ROOT_SECRET, "PARLEY_HTTP_PORT", String.valueOf(port),
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master), "PARLEY_DATA_DIR", work.resolve("data").toString()));
        Process parley = pb.start();
        try {
            awaitReady(url, parley);
            Path root = credentials("root", ROOT_KEY, ROOT_SECRET);

            Run created = cli("keys", "create", "--url", url, "--data-dir", root.toString());
            assertThat(created.code()).as(created.err()).isZero();
            JsonNode key = JSON.readTree(created.out());
            String newId = key.get("id").asText();
            String newSecret = key.get("secret").asText();
            assertThat(key.get("algorithm").asText()).isEqualTo("HS256");
            assertThat(newSecret.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(32);

            Run listed = cli("keys", "list", "--url", url, "--data-dir", root.toString());
            assertThat(listed.code()).isZero();
            assertThat(listed.out()).contains(newId).contains(ROOT_KEY).doesNotContain(newSecret).doesNotContain(ROOT_SECRET);

            Path fresh = credentials("new", newId, newSecret);
            Run minted = cli("token", "create", "--data-dir", fresh.toString(), "--grant", "roomList=true", "--ttl", "5m");
            assertThat(minted.code()).as(minted.err()).isZero();
            assertThat(listRooms(url, minted.out()).statusCode()).as("a token signed by the new key works").isEqualTo(200);

            Run revoked = cli("keys", "revoke", newId, "--url", url, "--data-dir", root.toString());
            assertThat(revoked.code()).as(revoked.err()).isZero();
            assertThat(JSON.readTree(revoked.out()).get("state").asText()).isEqualTo("REVOKED");
            HttpResponse<String> refused = listRooms(url, minted.out());
            assertThat(refused.statusCode()).as("its tokens stop working at once").isEqualTo(401);
            assertThat(refused.body()).contains("unauthenticated");

            Run unknown = cli("keys", "revoke", "APInoSuchKey", "--url", url, "--data-dir", root.toString());
            assertThat(unknown.code()).isEqualTo(1);
            assertThat(unknown.err()).contains("key_unknown");

            // Token issuing through the server API: the API-secret holder may; a room admin only for its room.
            HttpResponse<String> issued = new SignedClient(URI.create(url + "/"), new ApiCredentials.Resolved(ROOT_KEY, ROOT_SECRET))
                    .post("api/v1/tokens", "{\"identity\":\"ann\",\"room\":\"r1\",\"grant\":{\"roomJoin\":true,\"roomAdmin\":true}}");
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
            String adminToken = JSON.readTree(issued.body()).get("token").asText();
            HttpResponse<String> escalation = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                    .header("Authorization", "Bearer " + adminToken)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"identity\":\"eve\",\"room\":\"r2\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(escalation.statusCode()).isEqualTo(403);
            assertThat(escalation.body()).contains("grant_room_mismatch");

            HttpResponse<String> bearerOnKeys = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/keys/list"))
                    .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bearerOnKeys.statusCode()).as("a Bearer token never administers keys").isEqualTo(401);

            Run audit = cli("audit", "verify", "--url", url, "--data-dir", root.toString());
            assertThat(audit.code()).as(audit.out() + audit.err()).isZero();
            assertThat(audit.out()).contains("\"intact\":true");

            String log = Files.readString(work.resolve("log.txt"));
            assertThat(log).contains("\"action\":\"key.create\"").contains("\"action\":\"key.revoke\"")
                    .contains("\"action\":\"token.mint\"");
            assertThat(log).doesNotContain(newSecret).doesNotContain(ROOT_SECRET);
        } finally {
            parley.destroy();
            if (!parley.waitFor(20, TimeUnit.SECONDS)) {
                parley.destroyForcibly();
            }
        }
    }

    private void awaitReady(String url, Process parley) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(deadline)) {
            if (!parley.isAlive()) {
                throw new IllegalStateException("parley exited:\n" + Files.readString(work.resolve("log.txt")));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready:\n" + Files.readString(work.resolve("log.txt")));
    }
}
