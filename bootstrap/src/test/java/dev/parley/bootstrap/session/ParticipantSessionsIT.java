package dev.parley.bootstrap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.parley.bootstrap.durability.ServerApi;
import dev.parley.bootstrap.system.RunningParley;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Participant sessions on the running jar with its embedded nats-server, driven as clients drive
 * them: verifyToken over HTTP, then real NATS connections over WebSocket with the credentials it
 * returned. A SERVER_MANAGED room with three participants; one is removed: its NATS connection
 * closes within 2 s and it never receives the next key epoch, which the two others receive on
 * their private subjects. Renewal is a NATS request/reply. Afterwards nothing captured (database
 * and NATS files, logs, webhook bodies, API answers other than the participants' own
 * verifyToken answers) contains a room key in any encoding.
 */
class ParticipantSessionsIT {

    private static final String KEY = "APIsessions";
    private static final String SECRET = "sessions-secret-0123456789-abcdefghijklmn";

    @TempDir
    Path work;

    @Test
    void serverManagedRoomRotatesAfterRemovalAndNoKeyLeaks() throws Exception {
        List<String> webhookBodies = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        Path data = work.resolve("data");
        List<String> otherAnswers = new ArrayList<>();
        KeyLeakScan scan = new KeyLeakScan();
        try (RunningParley parley = RunningParley.start(work, Map.of(
                "PARLEY_KEYS", KEY + ":" + SECRET,
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                "PARLEY_DATA_DIR", data.toString(),
                "PARLEY_WEBHOOK_URLS", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "PARLEY_WEBHOOK_POLL_INTERVAL", "PT0.2S"))) {
            assertThat(parley.awaitHealthAnswer(Duration.ofSeconds(150)).statusCode()).isEqualTo(200);
            ServerApi api = new ServerApi(parley.port, KEY, SECRET);
            ObjectNode create = ServerApi.object().put("room_id", "clinic");
            create.putObject("metadata").put("room_title", "Clinic").putObject("room_features")
                    .putObject("end_to_end_encryption_features").put("is_enabled", true);
            otherAnswers.add(ok(api.signed("create", create)));
            otherAnswers.add(ok(api.signed("getActiveRoomInfo", ServerApi.object().put("room_id", "clinic"))));

            Participant alice = join(api, "alice");
            Participant bob = join(api, "bob");
            Participant carol = join(api, "carol");
            assertThat(alice.session.path("e2ee").path("keyPolicy").asText()).isEqualTo("SERVER_MANAGED");
            assertThat(bob.initialKey()).isEqualTo(alice.initialKey());
            scan.addKey(Base64.getUrlDecoder().decode(alice.initialKey()));
            KeyLeakScan control = new KeyLeakScan();
            control.addKey(Base64.getUrlDecoder().decode(alice.initialKey()));
            control.scanText("alice's own verifyToken answer", alice.session.toString());
            assertThat(control.hits()).as("the scan finds a key where one is meant to be").isNotEmpty();

            // Chat: the sender's session is in the subject, authenticated by the server.
            Subscription chat = bob.nats.subscribe(bob.subject("chatSubscribe"));
            bob.nats.flush(Duration.ofSeconds(2));
            alice.nats.publish(alice.subject("chatPublish"), "opaque bytes".getBytes(StandardCharsets.UTF_8));
            Message said = chat.nextMessage(Duration.ofSeconds(5));
            assertThat(said).isNotNull();
            assertThat(said.getSubject()).endsWith("." + alice.sid());

            // Renewal over NATS request/reply, with the grants as they are now.
            Message renewed = alice.nats.request(alice.subject("renew"),
                    Participant.json(Map.of("token", alice.token)), Duration.ofSeconds(5));
            JsonNode reply = Participant.parse(renewed.getData());
            assertThat(reply.path("token").asText()).as(reply.toString()).isNotEmpty();
            assertThat(reply.path("credential").path("jwt").asText()).isNotEmpty();

            // Remove carol: her connection closes within 2 s, then the others get epoch 1.
            Instant removedAt = Instant.now();
            otherAnswers.add(ok(api.twirp("RemoveParticipant", "clinic",
                    ServerApi.object().put("room", "clinic").put("identity", "carol"))));
            await(() -> carol.closedAt != null, Duration.ofSeconds(5));
            assertThat(Duration.between(removedAt, carol.closedAt)).isLessThan(Duration.ofSeconds(2));
            await(() -> !alice.messagesOfType("room_key").isEmpty() && !bob.messagesOfType("room_key").isEmpty(),
                    Duration.ofSeconds(10));
            JsonNode next = alice.messagesOfType("room_key").get(0);
            assertThat(next.path("epoch").asLong()).isEqualTo(1);
            assertThat(bob.messagesOfType("room_key").get(0).path("key").asText()).isEqualTo(next.path("key").asText());
            assertThat(next.path("key").asText()).isNotEqualTo(alice.initialKey());
            scan.addKey(Base64.getUrlDecoder().decode(next.path("key").asText()));
            assertThat(carol.messagesOfType("room_key")).isEmpty();
            assertThat(carol.messagesOfType("session_ended")).isNotEmpty();
            assertThatThrownBy(() -> Nats.connect(Participant.options(carol.session).build()))
                    .as("a revoked credential cannot reconnect").isInstanceOf(Exception.class);

            // An administrator rotates again (signed request only): epoch 2 reaches both.
            otherAnswers.add(ok(api.signedPost("/api/v1/rooms/key/rotate", ServerApi.object().put("room", "clinic"))));
            await(() -> alice.messagesOfType("room_key").size() >= 2 && bob.messagesOfType("room_key").size() >= 2,
                    Duration.ofSeconds(10));
            scan.addKey(Base64.getUrlDecoder().decode(alice.messagesOfType("room_key").get(1).path("key").asText()));

            // Content features are refused under end-to-end encryption.
            HttpResponse<String> recording = api.signedPost("/api/v1/features/start",
                    ServerApi.object().put("room", "clinic").put("feature", "recording"));
            assertThat(recording.statusCode()).isEqualTo(403);
            assertThat(ServerApi.parse(recording.body()).path("code").asText()).isEqualTo("feature_unavailable_e2ee");
            otherAnswers.add(recording.body());
            otherAnswers.add(ok(api.twirp("ListParticipants", "clinic", ServerApi.object().put("room", "clinic"))));

            alice.close();
            bob.close();
            await(() -> webhookBodies.size() >= 4, Duration.ofSeconds(10));
            otherAnswers.add(ok(api.twirp("DeleteRoom", null, ServerApi.object().put("room", "clinic"))));
            for (String answer : otherAnswers) {
                scan.scanText("an API answer", answer);
            }
            for (String body : webhookBodies) {
                scan.scanText("a webhook body", body);
            }
            scan.scanText("the server log", parley.output());
            scan.scanTree(data);
            assertThat(scan.files(data)).as("the database and NATS files were scanned").isGreaterThan(3);
        } finally {
            receiver.stop(0);
        }
        scan.scanTree(data);
        assertThat(scan.hits()).isEmpty();
    }

    private static Participant join(ServerApi api, String identity) throws Exception {
        String token = api.participantToken(identity, "clinic");
        HttpResponse<String> answer = api.verifyToken(token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        return Participant.connect(token, ServerApi.parse(answer.body()));
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition within " + timeout).isTrue();
    }
}
