package dev.parley.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.parley.bootstrap.system.RunningParley;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks from the running jar reach a receiver that fails at first: every event arrives (at
 * least once, after retries), in order per room, signed as LiveKit signs them (Authorization: a
 * JWT whose sha256 claim is the body's hash), as application/webhook+json.
 */
class WebhooksReachAFailingReceiverIT {

    private static final String KEY = "APIhooks";
    private static final String SECRET = "hooks-secret-0123456789-abcdefghijklmnopq";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private record Received(int status, String authorization, String contentType, byte[] body) {
    }

    @Test
    void everyEventArrivesSignedAndInOrderDespiteAFailingReceiver() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = calls.incrementAndGet() <= 3 ? 503 : 200; // the receiver is down for the first three calls
            received.add(new Received(status, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        try (RunningParley parley = RunningParley.start(work, Map.of(
                "PARLEY_KEYS", KEY + ":" + SECRET,
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                "PARLEY_DATA_DIR", work.resolve("data").toString(),
                "PARLEY_WEBHOOK_URLS", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "PARLEY_WEBHOOK_INITIAL_BACKOFF", "PT0.2S",
                "PARLEY_WEBHOOK_POLL_INTERVAL", "PT0.2S"))) {
            assertThat(parley.awaitHealthAnswer(Duration.ofSeconds(150)).statusCode()).isEqualTo(200);
            ServerApi api = new ServerApi(parley.port, KEY, SECRET);
            assertOk(api.twirp("CreateRoom", null, ServerApi.object().put("name", "hooked")));
            assertOk(api.twirp("DeleteRoom", null, ServerApi.object().put("room", "hooked")));
            com.fasterxml.jackson.databind.node.ObjectNode pnm = ServerApi.object().put("room_id", "hooked-pnm");
            pnm.putObject("metadata").put("room_title", "Hooked");
            assertOk(api.signed("create", pnm));

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (delivered(received).size() < 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            List<JsonNode> events = delivered(received);
            assertThat(events).as("delivered: " + events + ", calls " + calls.get() + ", statuses " + received.stream().map(Received::status).toList()).hasSize(3);
            assertThat(events).extracting(e -> e.get("event").asText() + ":" + e.at("/room/name").asText())
                    .containsExactlyInAnyOrder("room_started:hooked", "room_finished:hooked", "room_started:hooked-pnm");
            List<String> hooked = events.stream().filter(e -> e.at("/room/name").asText().equals("hooked"))
                    .map(e -> e.get("event").asText()).toList();
            assertThat(hooked).as("in order per room").containsExactly("room_started", "room_finished");
            assertThat(calls.get()).as("the three refused calls were retried").isGreaterThanOrEqualTo(6);

            for (Received r : received) {
                assertThat(r.contentType()).isEqualTo("application/webhook+json");
                assertThat(r.authorization()).as("a raw JWT, as LiveKit sends it").doesNotStartWith("Bearer").contains(".");
                JsonNode claims = verifiedClaims(r.authorization());
                assertThat(claims.get("iss").asText()).isEqualTo(KEY);
                assertThat(claims.get("sha256").asText()).isEqualTo(
                        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(r.body())));
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain(SECRET);
            }
        } finally {
            receiver.stop(0);
        }
    }

    private static void assertOk(java.net.http.HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static List<JsonNode> delivered(List<Received> received) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (Received r : received) {
            if (r.status() == 200) {
                out.add(JSON.readTree(r.body()));
            }
        }
        return out;
    }

    /** The JWT's claims after checking its HS256 signature with the API secret (RFC 7515 §5.2). */
    private static JsonNode verifiedClaims(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))).as("signature").isTrue();
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
