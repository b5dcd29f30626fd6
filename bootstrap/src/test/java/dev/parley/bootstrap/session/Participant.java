package dev.parley.bootstrap.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A participant as a client would be: the verifyToken answer, and a real NATS connection over
 * WebSocket with the credential it returned (its own inbox prefix), reading its private subject.
 */
final class Participant implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String token;
    final JsonNode session;
    final Connection nats;
    final List<JsonNode> privateMessages = new CopyOnWriteArrayList<>();
    volatile Instant closedAt;

    private Participant(String token, JsonNode session, Connection nats) {
        this.token = token;
        this.session = session;
        this.nats = nats;
    }

    static Participant connect(String token, JsonNode session) throws Exception {
        Participant[] self = new Participant[1];
        Connection connection = Nats.connect(options(session).connectionListener((conn, event) -> {
            if ((event == ConnectionListener.Events.DISCONNECTED || event == ConnectionListener.Events.CLOSED)
                    && self[0] != null && self[0].closedAt == null) {
                self[0].closedAt = Instant.now();
            }
        }).build());
        Participant p = new Participant(token, session, connection);
        self[0] = p;
        Subscription sub = connection.subscribe(p.subject("private"));
        Thread reader = new Thread(() -> {
            while (connection.getStatus() != Connection.Status.CLOSED) {
                try {
                    Message m = sub.nextMessage(Duration.ofMillis(200));
                    if (m != null) {
                        p.privateMessages.add(JSON.readTree(m.getData()));
                    }
                } catch (Exception e) {
                    return;
                }
            }
        }, "private-" + p.sid());
        reader.setDaemon(true);
        reader.start();
        connection.flush(Duration.ofSeconds(5));
        return p;
    }

    /** Connection options with this session's credential: no reconnects, so a closed connection stays closed. */
    static Options.Builder options(JsonNode session) {
        JsonNode m = session.path("messaging");
        return new Options.Builder().server(m.path("urls").get(0).asText())
                .authHandler(Nats.staticCredentials(m.path("jwt").asText().toCharArray(),
                        m.path("seed").asText().toCharArray()))
                .inboxPrefix(m.path("inboxPrefix").asText())
                .noReconnect()
                .connectionTimeout(Duration.ofSeconds(5));
    }

    String sid() {
        return session.path("participant").path("sid").asText();
    }

    String subject(String name) {
        return session.path("messaging").path("subjects").path(name).asText();
    }

    /** The room key this participant got in its verifyToken answer (base64url). */
    String initialKey() {
        return session.path("e2ee").path("key").path("key").asText();
    }

    List<JsonNode> messagesOfType(String type) {
        return privateMessages.stream().filter(m -> m.path("type").asText().equals(type)).toList();
    }

    static JsonNode parse(byte[] data) throws IOException {
        return JSON.readTree(data);
    }

    static byte[] json(Object value) throws IOException {
        return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        nats.close();
    }
}
