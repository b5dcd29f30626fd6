package dev.parley.adapter.nats.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Room events and private messages as a participant receives them on its real connection. */
class RoomEventsAndPrivateMessagesTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static EmbeddedNats nats;

    private String sid;
    private MessagingCredential cred;
    private TestClient watcher;
    private Subscription events;
    private Room room;

    @BeforeAll
    static void startServer() {
        nats = EmbeddedNats.start();
    }

    @AfterAll
    static void stopServer() {
        nats.close();
    }

    @BeforeEach
    void join() {
        sid = EmbeddedNats.newSid();
        cred = nats.issue("ev", sid, VideoGrant.join("ev"));
        watcher = nats.connect(cred);
        events = watcher.subscribe(cred.subjects().get("events"));
        room = Room.create(RoomName.of("ev"), "RM_abc", RoomPolicy.defaults(), "room meta", T0).activate(T0);
    }

    @AfterEach
    void leave() {
        watcher.close();
    }

    private static Participant participant(String sid, String identity, VideoGrant grant) {
        return new Participant(Identity.of(identity), sid, "Name " + identity, "{\"m\":1}", Map.of("a", "b"),
                ParticipantKind.STANDARD, grant, T0);
    }

    private JsonNode nextEvent() throws Exception {
        Message m = events.nextMessage(WAIT);
        assertThat(m).as("an event arrives").isNotNull();
        return JSON.readTree(m.getData());
    }

    @Test
    void participantJoinedCarriesTheParticipantAndItsPermissions() throws Exception {
        VideoGrant grant = VideoGrant.join("ev").toBuilder().canPublishSources(Set.of(TrackSource.MICROPHONE))
                .canPublishData(false).build();
        nats.messaging().gateway().publish(new RoomEvent.ParticipantJoined(room, participant("PA_bob1", "bob", grant)));
        JsonNode e = nextEvent();
        assertThat(e.get("type").asText()).isEqualTo("participant_joined");
        assertThat(e.get("room").get("name").asText()).isEqualTo("ev");
        assertThat(e.get("room").get("sid").asText()).isEqualTo("RM_abc");
        JsonNode p = e.get("participant");
        assertThat(p.get("sid").asText()).isEqualTo("PA_bob1");
        assertThat(p.get("identity").asText()).isEqualTo("bob");
        assertThat(p.get("name").asText()).isEqualTo("Name bob");
        assertThat(p.get("metadata").asText()).isEqualTo("{\"m\":1}");
        assertThat(p.get("attributes").get("a").asText()).isEqualTo("b");
        assertThat(p.get("kind").asText()).isEqualTo("standard");
        JsonNode perm = p.get("permission");
        assertThat(perm.get("canPublish").asBoolean()).isTrue();
        assertThat(perm.get("canPublishData").asBoolean()).isFalse();
        assertThat(perm.get("canSubscribe").asBoolean()).isTrue();
        assertThat(perm.get("canPublishSources")).hasSize(1);
        assertThat(perm.get("canPublishSources").get(0).asText()).isEqualTo("microphone");
    }

    @Test
    void everyEventTypeIsPublished() throws Exception {
        Participant bob = participant("PA_bob2", "bob", VideoGrant.join("ev"));
        nats.messaging().gateway().publish(new RoomEvent.RoomStarted(room));
        nats.messaging().gateway().publish(new RoomEvent.ParticipantUpdated(room, bob));
        nats.messaging().gateway().publish(new RoomEvent.ParticipantLeft(room, bob, "removed"));
        nats.messaging().gateway().publish(new RoomEvent.RoomMetadataChanged(room.withMetadata("new meta")));
        nats.messaging().gateway().publish(new RoomEvent.RoomFinished(room.end(T0)));
        JsonNode started = nextEvent();
        assertThat(started.get("type").asText()).isEqualTo("room_started");
        assertThat(started.get("room").get("metadata").asText()).isEqualTo("room meta");
        assertThat(nextEvent().get("type").asText()).isEqualTo("participant_updated");
        JsonNode left = nextEvent();
        assertThat(left.get("type").asText()).isEqualTo("participant_left");
        assertThat(left.get("reason").asText()).isEqualTo("removed");
        JsonNode meta = nextEvent();
        assertThat(meta.get("type").asText()).isEqualTo("room_metadata_changed");
        assertThat(meta.get("room").get("metadata").asText()).isEqualTo("new meta");
        assertThat(nextEvent().get("type").asText()).isEqualTo("room_finished");
    }

    @Test
    void hiddenParticipantsAreNeverAnnounced() throws Exception {
        Participant ghost = participant("PA_ghost", "ghost", VideoGrant.join("ev").toBuilder().hidden(true).build());
        nats.messaging().gateway().publish(new RoomEvent.ParticipantJoined(room, ghost));
        nats.messaging().gateway().publish(new RoomEvent.ParticipantUpdated(room, ghost));
        nats.messaging().gateway().publish(new RoomEvent.ParticipantLeft(room, ghost, "left"));
        nats.messaging().gateway().publish(new RoomEvent.ParticipantJoined(room, participant("PA_vis", "visible", VideoGrant.join("ev"))));
        JsonNode first = nextEvent();
        assertThat(first.get("participant").get("sid").asText()).as("the first event is the visible one").isEqualTo("PA_vis");
        assertThat(events.nextMessage(Duration.ofMillis(150))).isNull();
    }

    @Test
    void eventsOfOneRoomDoNotReachAnother() throws Exception {
        Room other = Room.create(RoomName.of("ev2"), "RM_other", RoomPolicy.defaults(), "", T0);
        nats.messaging().gateway().publish(new RoomEvent.RoomStarted(other));
        nats.messaging().gateway().publish(new RoomEvent.RoomStarted(room));
        assertThat(nextEvent().get("room").get("name").asText()).isEqualTo("ev");
    }

    @Test
    void roomKeyIsSentAsBase64UrlToThatSessionOnly() throws Exception {
        Subscription priv = watcher.subscribe(cred.subjects().get("private"));
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (0xF0 + i);
        }
        nats.messaging().gateway().sendPrivate(RoomName.of("ev"), sid, new PrivateMessage.RoomKey(300, 44, key));
        JsonNode m = JSON.readTree(priv.nextMessage(WAIT).getData());
        assertThat(m.get("type").asText()).isEqualTo("room_key");
        assertThat(m.get("epoch").asLong()).isEqualTo(300);
        assertThat(m.get("keyIndex").asInt()).isEqualTo(44);
        assertThat(m.get("key").asText()).doesNotContain("=").doesNotContain("+").doesNotContain("/");
        assertThat(Base64.getUrlDecoder().decode(m.get("key").asText())).isEqualTo(key);
    }

    @Test
    void credentialsRefreshedAndSessionEndedMessages() throws Exception {
        Subscription priv = watcher.subscribe(cred.subjects().get("private"));
        MessagingCredential next = nats.issue("ev", sid, VideoGrant.join("ev"));
        nats.messaging().gateway().sendPrivate(RoomName.of("ev"), sid, new PrivateMessage.CredentialsRefreshed("tok", next));
        nats.messaging().gateway().sendPrivate(RoomName.of("ev"), sid, new PrivateMessage.SessionEnded("removed"));
        JsonNode refreshed = JSON.readTree(priv.nextMessage(WAIT).getData());
        assertThat(refreshed.get("type").asText()).isEqualTo("credentials_refreshed");
        assertThat(refreshed.get("token").asText()).isEqualTo("tok");
        assertThat(refreshed.get("credential").get("id").asText()).isEqualTo(next.credentialId());
        assertThat(refreshed.get("credential").get("jwt").asText()).isEqualTo(next.userJwt());
        assertThat(refreshed.get("credential").get("seed").asText()).isEqualTo(next.userSeed());
        assertThat(refreshed.get("credential").get("subjects").get("events").asText()).isEqualTo("parley.ev.events");
        JsonNode ended = JSON.readTree(priv.nextMessage(WAIT).getData());
        assertThat(ended.get("type").asText()).isEqualTo("session_ended");
        assertThat(ended.get("reason").asText()).isEqualTo("removed");
    }
}
