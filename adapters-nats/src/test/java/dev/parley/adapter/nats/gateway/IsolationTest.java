package dev.parley.adapter.nats.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two participants, Alice and Bob, in room {@code iso}, both allowed to publish data; Carol in
 * room {@code other}. Alice tries everything that would read or write what belongs to Bob, to
 * Parley or to another room, with her real credential on a real server, and fails each time.
 */
class IsolationTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration QUIET = Duration.ofMillis(200);

    private static EmbeddedNats nats;
    private static Connection parley;

    private String aliceSid;
    private String bobSid;
    private MessagingCredential aliceCred;
    private MessagingCredential bobCred;
    private TestClient alice;
    private TestClient bob;

    @BeforeAll
    static void startServer() {
        nats = EmbeddedNats.start();
        parley = nats.messaging().connections().service();
    }

    @AfterAll
    static void stopServer() {
        nats.close();
    }

    @BeforeEach
    void join() {
        aliceSid = EmbeddedNats.newSid();
        bobSid = EmbeddedNats.newSid();
        aliceCred = nats.issue("iso", aliceSid, VideoGrant.join("iso"));
        bobCred = nats.issue("iso", bobSid, VideoGrant.join("iso"));
        alice = nats.connect(aliceCred);
        bob = nats.connect(bobCred);
    }

    @AfterEach
    void leave() {
        alice.close();
        bob.close();
    }

    @Test
    void cannotReadAnotherParticipantsPrivateSubject() throws Exception {
        Subscription spy = alice.subscribe("parley.iso.private." + bobSid);
        Subscription own = bob.subscribe(bobCred.subjects().get("private"));
        nats.messaging().gateway().sendPrivate(RoomName.of("iso"), bobSid,
                new PrivateMessage.RoomKey(7, 7, new byte[32]));
        assertThat(own.nextMessage(WAIT)).as("Bob receives his own private message").isNotNull();
        assertThat(alice.awaitError("Permissions Violation for Subscription", WAIT)).isNotNull();
        assertThat(spy.nextMessage(QUIET)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"parley.iso.private.*", "parley.iso.*.*", "parley.iso.>", "parley.>", ">", "parley.*.private.*"})
    void cannotWidenASubscriptionOverOthersSubjects(String filter) throws Exception {
        Subscription spy = alice.subscribe(filter);
        assertThat(alice.awaitError("Permissions Violation for Subscription to \"" + filter + "\"", WAIT)).isNotNull();
        parley.publish("parley.iso.private." + bobSid, "secret".getBytes(StandardCharsets.UTF_8));
        parley.flush(WAIT);
        assertThat(spy.nextMessage(QUIET)).isNull();
    }

    @Test
    void cannotReadAnotherParticipantsDirectMessages() throws Exception {
        Subscription spyOne = alice.subscribe("parley.iso.dm." + bobSid + ".*");
        Subscription spyAll = alice.subscribe("parley.iso.dm.*.*");
        Subscription bobInbox = bob.subscribe(bobCred.subjects().get("directSubscribe"));
        String carol = EmbeddedNats.newSid();
        MessagingCredential carolCred = nats.issue("iso", carol, VideoGrant.join("iso"));
        try (TestClient c = nats.connect(carolCred)) {
            c.publish("parley.iso.dm." + bobSid + "." + carol, "for bob only");
        }
        assertThat(bobInbox.nextMessage(WAIT)).as("Bob receives the DM addressed to him").isNotNull();
        assertThat(spyOne.nextMessage(QUIET)).isNull();
        assertThat(spyAll.nextMessage(QUIET)).isNull();
        assertThat(alice.awaitError("Permissions Violation for Subscription", WAIT)).isNotNull();
    }

    @Test
    void directMessageReachesTheRecipientWithTheAuthenticatedSender() throws Exception {
        Subscription bobInbox = bob.subscribe(bobCred.subjects().get("directSubscribe"));
        alice.publish("parley.iso.dm." + bobSid + "." + aliceSid, "hi bob");
        Message m = bobInbox.nextMessage(WAIT);
        assertThat(m).isNotNull();
        assertThat(m.getSubject()).as("the sender is the last token, set by NATS permissions").endsWith("." + aliceSid);
    }

    @Test
    void cannotForgeTheSenderOfADirectMessage() throws Exception {
        Subscription bobInbox = bob.subscribe(bobCred.subjects().get("directSubscribe"));
        String forged = "parley.iso.dm." + bobSid + "." + EmbeddedNats.newSid();
        alice.publish(forged, "pretending");
        assertThat(alice.awaitError("Permissions Violation for Publish to \"" + forged + "\"", WAIT)).isNotNull();
        assertThat(bobInbox.nextMessage(QUIET)).isNull();
    }

    @Test
    void wildcardDirectMessageReachesNobody() throws Exception {
        Subscription bobInbox = bob.subscribe(bobCred.subjects().get("directSubscribe"));
        alice.publish("parley.iso.dm.*." + aliceSid, "to everyone?");
        alice.publish("parley.iso.dm." + bobSid + "." + aliceSid, "canary");
        Message first = bobInbox.nextMessage(WAIT);
        assertThat(first).isNotNull();
        assertThat(new String(first.getData(), StandardCharsets.UTF_8)).isEqualTo("canary");
    }

    @Test
    void cannotReadAnotherParticipantsInboxReplies() throws Exception {
        Subscription spyBob = alice.subscribe("parley.inbox." + bobSid + ".>");
        Subscription spyAll = alice.subscribe("parley.inbox.>");
        // Bob makes a real request/reply round trip through his own inbox (Parley answers).
        Dispatcher responder = new Dispatcher("parley.iso.renew." + bobSid);
        CompletableFuture<Message> reply = bob.connection().request("parley.iso.renew." + bobSid,
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.get(3, TimeUnit.SECONDS).getSubject()).startsWith("parley.inbox." + bobSid + ".");
        responder.close();
        assertThat(spyBob.nextMessage(QUIET)).isNull();
        assertThat(spyAll.nextMessage(QUIET)).isNull();
        assertThat(alice.awaitError("Permissions Violation for Subscription", WAIT)).isNotNull();
    }

    @Test
    void cannotSubscribeToTheSharedInboxPrefix() throws Exception {
        Subscription spy = alice.subscribe("_INBOX.>");
        assertThat(alice.awaitError("Permissions Violation for Subscription to \"_INBOX.>\"", WAIT)).isNotNull();
        parley.publish("_INBOX.someone.1", "reply".getBytes(StandardCharsets.UTF_8));
        parley.flush(WAIT);
        assertThat(spy.nextMessage(QUIET)).isNull();
    }

    @Test
    void cannotPublishRoomEvents() throws Exception {
        Subscription events = bob.subscribe(bobCred.subjects().get("events"));
        alice.publish("parley.iso.events", "{\"type\":\"room_finished\"}");
        assertThat(alice.awaitError("Permissions Violation for Publish to \"parley.iso.events\"", WAIT)).isNotNull();
        assertThat(events.nextMessage(QUIET)).isNull();
    }

    @Test
    void cannotPublishToAnotherParticipantsChatOrDataSubject() throws Exception {
        Subscription chat = bob.subscribe(bobCred.subjects().get("chatSubscribe"));
        alice.publish("parley.iso.chat." + bobSid, "I am Bob");
        alice.publish("parley.iso.data." + bobSid, "I am Bob");
        assertThat(alice.awaitError("Permissions Violation for Publish to \"parley.iso.chat." + bobSid + "\"", WAIT)).isNotNull();
        assertThat(alice.awaitError("Permissions Violation for Publish to \"parley.iso.data." + bobSid + "\"", WAIT)).isNotNull();
        alice.publish(aliceCred.subjects().get("chatPublish"), "I am Alice");
        Message m = chat.nextMessage(WAIT);
        assertThat(m.getSubject()).isEqualTo("parley.iso.chat." + aliceSid);
        assertThat(chat.nextMessage(QUIET)).isNull();
    }

    @Test
    void cannotWriteAnotherParticipantsRenewalOrPrivateSubject() throws Exception {
        Subscription seen = parley.subscribe("parley.iso.>");
        parley.flush(WAIT);
        alice.publish("parley.iso.renew." + bobSid, "{\"token\":\"x\"}");
        alice.publish("parley.iso.private." + bobSid, "{\"type\":\"session_ended\"}");
        assertThat(alice.awaitError("Permissions Violation for Publish to \"parley.iso.renew." + bobSid + "\"", WAIT)).isNotNull();
        assertThat(alice.awaitError("Permissions Violation for Publish to \"parley.iso.private." + bobSid + "\"", WAIT)).isNotNull();
        alice.publish(aliceCred.subjects().get("renew"), "canary");
        Message m = seen.nextMessage(WAIT);
        assertThat(m.getSubject()).isEqualTo("parley.iso.renew." + aliceSid);
        seen.unsubscribe();
    }

    @Test
    void cannotReachAnotherRoom() throws Exception {
        String carol = EmbeddedNats.newSid();
        MessagingCredential carolCred = nats.issue("other", carol, VideoGrant.join("other"));
        try (TestClient c = nats.connect(carolCred)) {
            Subscription carolChat = c.subscribe(carolCred.subjects().get("chatSubscribe"));
            Subscription spyEvents = alice.subscribe("parley.other.events");
            Subscription spyChat = alice.subscribe("parley.other.chat.*");
            alice.publish("parley.other.chat." + aliceSid, "hello other room");
            assertThat(alice.awaitError("Permissions Violation for Publish to \"parley.other.chat." + aliceSid + "\"", WAIT))
                    .isNotNull();
            c.publish(carolCred.subjects().get("chatPublish"), "carol here");
            Message m = carolChat.nextMessage(WAIT);
            assertThat(new String(m.getData(), StandardCharsets.UTF_8)).isEqualTo("carol here");
            assertThat(carolChat.nextMessage(QUIET)).as("nothing from Alice arrived before or after").isNull();
            parley.publish("parley.other.events", "{}".getBytes(StandardCharsets.UTF_8));
            parley.flush(WAIT);
            assertThat(spyEvents.nextMessage(QUIET)).isNull();
            assertThat(spyChat.nextMessage(QUIET)).isNull();
        }
    }

    @Test
    void cannotUseJetStreamOrSystemSubjects() throws Exception {
        alice.publish("$JS.API.INFO", "");
        assertThat(alice.awaitError("Permissions Violation for Publish to \"$JS.API.INFO\"", WAIT)).isNotNull();
        alice.subscribe("$SYS.>");
        assertThat(alice.awaitError("Permissions Violation for Subscription to \"$SYS.>\"", WAIT)).isNotNull();
    }

    /** Parley's side of a request/reply: answers on the service connection. */
    private static final class Dispatcher implements AutoCloseable {
        private final io.nats.client.Dispatcher d;

        Dispatcher(String subject) throws Exception {
            d = parley.createDispatcher(m -> parley.publish(m.getReplyTo(), "{\"ok\":true}".getBytes(StandardCharsets.UTF_8)));
            d.subscribe(subject);
            parley.flush(WAIT);
        }

        @Override
        public void close() {
            parley.closeDispatcher(d);
        }
    }
}
