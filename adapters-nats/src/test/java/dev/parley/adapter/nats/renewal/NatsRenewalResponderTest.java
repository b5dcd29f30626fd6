package dev.parley.adapter.nats.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.domain.grant.VideoGrant;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token renewal as a real NATS request/reply: a participant with its issued credential asks on
 * its renewal subject, its reply comes back to its own inbox, through the adapter's responder and
 * a renewal use case written for the test.
 */
class NatsRenewalResponderTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedNats nats;
    private static ScriptedRenewal renewal;

    private String sid;
    private MessagingCredential cred;
    private TestClient participant;

    @BeforeAll
    static void startServer() {
        nats = EmbeddedNats.start();
        renewal = new ScriptedRenewal(nats.messaging().gateway());
        nats.messaging().startRenewal(renewal);
    }

    @AfterAll
    static void stopServer() {
        nats.close();
    }

    @BeforeEach
    void join() {
        sid = EmbeddedNats.newSid();
        cred = nats.issue("ren", sid, VideoGrant.join("ren"));
        participant = nats.connect(cred);
    }

    @AfterEach
    void leave() {
        participant.close();
    }

    private JsonNode ask(String body) throws Exception {
        Message reply = participant.connection().request(cred.subjects().get("renew"), body.getBytes(StandardCharsets.UTF_8))
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(reply.getSubject()).startsWith(cred.inboxPrefix() + ".");
        return JSON.readTree(reply.getData());
    }

    @Test
    void renewalReplyCarriesTheNewTokenAndAWorkingCredential() throws Exception {
        JsonNode reply = ask("{\"token\":\"good-" + sid + "\"}");
        assertThat(reply.has("error")).isFalse();
        assertThat(reply.get("token").asText()).isEqualTo("renewed-" + sid);
        assertThat(Instant.parse(reply.get("tokenExpiresAt").asText())).isAfter(Instant.now());
        JsonNode c = reply.get("credential");
        assertThat(c.get("id").asText()).startsWith("U").isNotEqualTo(cred.credentialId());
        assertThat(c.get("inboxPrefix").asText()).isEqualTo(cred.inboxPrefix());
        assertThat(c.get("urls").get(0).asText()).isEqualTo(cred.urls().get(0));
        assertThat(c.get("subjects").get("renew").asText()).isEqualTo(cred.subjects().get("renew"));
        assertThat(Instant.parse(c.get("expiresAt").asText())).isAfter(Instant.now());
        MessagingCredential renewed = new MessagingCredential(c.get("id").asText(), c.get("jwt").asText(),
                c.get("seed").asText(), List.of(c.get("urls").get(0).asText()), cred.subjects(),
                c.get("inboxPrefix").asText(), Instant.parse(c.get("expiresAt").asText()));
        try (TestClient again = nats.connect(renewed)) {
            assertThat(again.isConnected()).isTrue();
        }
        ScriptedRenewal.Call call = renewal.calls.stream().filter(x -> x.sid().equals(sid)).findFirst().orElseThrow();
        assertThat(call.room().value()).as("room and session come from the authenticated subject").isEqualTo("ren");
        assertThat(call.thread()).as("the use case runs off the NATS dispatcher").startsWith("parley-nats-renewal-");
    }

    @Test
    void renewedCredentialCarriesTheGrantsAsTheyAreNow() throws Exception {
        renewal.currentGrants.put(sid, VideoGrant.join("ren").toBuilder().canPublishData(false).build());
        JsonNode subjects = ask("{\"token\":\"good-" + sid + "\"}").get("credential").get("subjects");
        assertThat(subjects.has("chatPublish")).isFalse();
        assertThat(subjects.has("dataPublish")).isFalse();
        assertThat(subjects.has("chatSubscribe")).isTrue();
    }

    @Test
    void refusedTokenBecomesAnErrorReplyWithItsCode() throws Exception {
        JsonNode reply = ask("{\"token\":\"expired\"}");
        assertThat(reply.get("error").get("code").asText()).isEqualTo("token_expired");
        assertThat(reply.has("credential")).isFalse();
    }

    @Test
    void anotherSessionsTokenIsRefused() throws Exception {
        JsonNode reply = ask("{\"token\":\"good-PA_someoneElse\"}");
        assertThat(reply.get("error").get("code").asText()).isEqualTo("token_signature_invalid");
    }

    @Test
    void bannedParticipantGetsAnErrorReplyWithTheUseCaseCode() throws Exception {
        renewal.banned.add(sid);
        JsonNode reply = ask("{\"token\":\"good-" + sid + "\"}");
        assertThat(reply.get("error").get("code").asText()).isEqualTo("participant_banned");
        assertThat(reply.get("error").get("message").asText()).isEqualTo("the participant is banned");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''|request_invalid",
            "not json|request_not_json",
            "[\"token\"]|request_invalid",
            "{\"token\":42}|request_invalid",
            "{\"token\":\"\"}|request_invalid",
            "{}|request_invalid",
            "{\"token\":\"a\",\"extra\":1}|request_invalid",
            "{\"token\":\"a\",\"token\":\"b\"}|request_not_json",
            "{\"token\":\"a\"} {}|request_not_json",
            "{\"token\":\"a\"|request_not_json"})
    void malformedBodyGetsASpecificError(String body, String code) throws Exception {
        int before = renewal.calls.size();
        JsonNode reply = ask(body);
        assertThat(reply.get("error").get("code").asText()).isEqualTo(code);
        assertThat(renewal.calls.size()).as("the use case is not called").isEqualTo(before);
    }

    @Test
    void oversizedBodyGetsRequestTooLarge() throws Exception {
        String body = "{\"token\":\"" + "a".repeat(70 * 1024) + "\"}";
        assertThat(ask(body).get("error").get("code").asText()).isEqualTo("request_too_large");
    }

    @Test
    void replySubjectOutsideTheRequestersInboxIsIgnored() throws Exception {
        String bobSid = EmbeddedNats.newSid();
        MessagingCredential bobCred = nats.issue("ren", bobSid, VideoGrant.join("ren"));
        try (TestClient bob = nats.connect(bobCred)) {
            Subscription bobPrivate = bob.subscribe(bobCred.subjects().get("private"));
            Subscription events = bob.subscribe(bobCred.subjects().get("events"));
            int before = renewal.calls.size();
            // NATS checks the publish subject, not the reply subject: the responder must.
            participant.connection().publish(cred.subjects().get("renew"), bobCred.subjects().get("private"),
                    ("{\"token\":\"good-" + sid + "\"}").getBytes(StandardCharsets.UTF_8));
            participant.connection().publish(cred.subjects().get("renew"), "parley.ren.events",
                    "{\"token\":\"expired\"}".getBytes(StandardCharsets.UTF_8));
            participant.flush();
            JsonNode canary = ask("{\"token\":\"expired\"}");
            assertThat(canary.get("error").get("code").asText()).isEqualTo("token_expired");
            assertThat(bobPrivate.nextMessage(Duration.ofMillis(200))).isNull();
            assertThat(events.nextMessage(Duration.ofMillis(50))).isNull();
            assertThat(renewal.calls.size()).as("only the canary reached the use case").isEqualTo(before + 1);
        }
    }

    @Test
    void saturatedResponderAnswersBusy() throws Exception {
        try (EmbeddedNats own = EmbeddedNats.start()) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch entered = new CountDownLatch(1);
            ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>());
            ScriptedRenewal slow = new ScriptedRenewal(own.messaging().gateway()) {
                @Override
                public dev.parley.application.session.RenewedSession renew(dev.parley.domain.room.RoomName room,
                        String participantSid, String token) {
                    entered.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return super.renew(room, participantSid, token);
                }
            };
            try (NatsRenewalResponder responder = new NatsRenewalResponder(own.messaging().connections().service(), slow, one)) {
                responder.start();
                own.messaging().connections().service().flush(WAIT);
                String s = EmbeddedNats.newSid();
                MessagingCredential c = own.issue("ren", s, VideoGrant.join("ren"));
                try (TestClient p = own.connect(c)) {
                    var first = p.connection().request(c.subjects().get("renew"),
                            ("{\"token\":\"good-" + s + "\"}").getBytes(StandardCharsets.UTF_8));
                    assertThat(entered.await(3, TimeUnit.SECONDS)).isTrue();
                    Message second = p.connection().request(c.subjects().get("renew"),
                            ("{\"token\":\"good-" + s + "\"}").getBytes(StandardCharsets.UTF_8)).get(3, TimeUnit.SECONDS);
                    assertThat(JSON.readTree(second.getData()).get("error").get("code").asText()).isEqualTo("busy");
                    release.countDown();
                    assertThat(JSON.readTree(first.get(3, TimeUnit.SECONDS).getData()).has("token")).isTrue();
                }
            } finally {
                one.shutdownNow();
            }
        }
    }
}
