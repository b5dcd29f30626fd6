package dev.parley.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.event.RoomEvent;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bodies are LiveKit's protojson {@code WebhookEvent}, byte for byte as LiveKit's server
 * would marshal the same values (field names, order, omitted defaults, int64 as strings). The
 * REST adapter's tests parse them with LiveKit's own SDK and protobuf's strict JSON parser.
 */
class WebhookJsonTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00.123Z");
    private static final Instant NOW = Instant.parse("2026-03-01T09:05:00.999Z");

    private static Room room() {
        RoomPolicy policy = RoomPolicy.defaults().withMaxParticipants(50).withTimeouts(Duration.ofMinutes(10), Duration.ofSeconds(30));
        return Room.create(RoomName.of("standup"), "RM_abc", policy, "{\"topic\":\"daily\"}", CREATED);
    }

    @Test
    void roomStarted() {
        String body = WebhookJson.render(new RoomEvent.RoomStarted(room()), "EV_1", NOW, 0);

        assertThat(body).isEqualTo("{\"event\":\"room_started\",\"room\":{\"sid\":\"RM_abc\",\"name\":\"standup\","
                + "\"emptyTimeout\":600,\"departureTimeout\":30,\"maxParticipants\":50,\"creationTime\":\"1772355600\","
                + "\"creationTimeMs\":\"1772355600123\",\"metadata\":\"{\\\"topic\\\":\\\"daily\\\"}\"},"
                + "\"id\":\"EV_1\",\"createdAt\":\"1772355900\"}");
    }

    @Test
    void defaultsAreLeftOutAsProtojsonDoes() {
        Room bare = Room.create(RoomName.of("r"), "RM_r", RoomPolicy.defaults().withMaxParticipants(0)
                .withTimeouts(Duration.ZERO, Duration.ZERO), "", CREATED);

        String body = WebhookJson.render(new RoomEvent.RoomFinished(bare), "EV_2", NOW, 0);

        assertThat(body).isEqualTo("{\"event\":\"room_finished\",\"room\":{\"sid\":\"RM_r\",\"name\":\"r\","
                + "\"creationTime\":\"1772355600\",\"creationTimeMs\":\"1772355600123\"},\"id\":\"EV_2\",\"createdAt\":\"1772355900\"}");
    }

    @Test
    void participantJoined() {
        VideoGrant grant = VideoGrant.builder().roomJoin(true).room("standup").canPublish(true)
                .canPublishSources(EnumSet.of(TrackSource.SCREEN_SHARE, TrackSource.CAMERA)).canUpdateOwnMetadata(true).build();
        Participant alice = new Participant(Identity.of("alice"), "PA_1", "Alice", "{\"role\":\"host\"}",
                Map.of("team", "red", "desk", "4"), ParticipantKind.AGENT, grant, Instant.parse("2026-03-01T09:01:00.250Z"));

        String body = WebhookJson.render(new RoomEvent.ParticipantJoined(room(), alice), "EV_3", NOW, 2);

        assertThat(body).isEqualTo("{\"event\":\"participant_joined\",\"room\":{\"sid\":\"RM_abc\",\"name\":\"standup\","
                + "\"emptyTimeout\":600,\"departureTimeout\":30,\"maxParticipants\":50,\"creationTime\":\"1772355600\","
                + "\"creationTimeMs\":\"1772355600123\",\"metadata\":\"{\\\"topic\\\":\\\"daily\\\"}\",\"numParticipants\":2},"
                + "\"participant\":{\"sid\":\"PA_1\",\"identity\":\"alice\",\"state\":\"ACTIVE\","
                + "\"metadata\":\"{\\\"role\\\":\\\"host\\\"}\",\"joinedAt\":\"1772355660\",\"joinedAtMs\":\"1772355660250\","
                + "\"name\":\"Alice\",\"permission\":{\"canSubscribe\":true,\"canPublish\":true,\"canPublishData\":true,"
                + "\"canPublishSources\":[\"CAMERA\",\"SCREEN_SHARE\"],\"canUpdateMetadata\":true},\"kind\":\"AGENT\","
                + "\"attributes\":{\"desk\":\"4\",\"team\":\"red\"}},"
                + "\"id\":\"EV_3\",\"createdAt\":\"1772355900\"}");
    }

    @Test
    void participantLeftCarriesLiveKitsDisconnectReason() {
        Participant bob = new Participant(Identity.of("bob"), "PA_2", "", "", Map.of(), ParticipantKind.STANDARD,
                VideoGrant.builder().roomJoin(true).canPublish(false).canSubscribe(false).build(), CREATED);

        String body = WebhookJson.render(new RoomEvent.ParticipantLeft(room(), bob, "removed"), "EV_4", NOW, 0);

        assertThat(body).contains("\"participant\":{\"sid\":\"PA_2\",\"identity\":\"bob\",\"state\":\"DISCONNECTED\","
                + "\"joinedAt\":\"1772355600\",\"joinedAtMs\":\"1772355600123\",\"permission\":{},"
                + "\"disconnectReason\":\"PARTICIPANT_REMOVED\"}");
        assertThat(WebhookJson.disconnectReason("left")).isEqualTo("CLIENT_INITIATED");
        assertThat(WebhookJson.disconnectReason("replaced")).isEqualTo("DUPLICATE_IDENTITY");
        assertThat(WebhookJson.disconnectReason("banned")).isEqualTo("PARTICIPANT_REMOVED");
        assertThat(WebhookJson.disconnectReason("whatever")).isEqualTo("UNKNOWN_REASON");
        assertThat(WebhookJson.render(new RoomEvent.ParticipantLeft(room(), bob, "whatever"), "EV_5", NOW, 0))
                .doesNotContain("disconnectReason");
    }

    @Test
    void textIsEscapedAsJsonRequiresAndUnpairedSurrogatesAreEscapedToo() {
        String tricky = "q\" b\\ nl\n cr\r tab\t nul\u0000 esc\u001b del\u007f caf\u00e9 \uD83D\uDE00 lone\uD800 <&> \u2028";
        Room r = Room.create(RoomName.of("r"), "RM_r", RoomPolicy.defaults(), tricky, CREATED);

        String body = WebhookJson.render(new RoomEvent.RoomStarted(r), "EV_6", NOW, 0);

        assertThat(body).contains("\"metadata\":\"q\\\" b\\\\ nl\\n cr\\r tab\\t nul\\u0000 esc\\u001b del\u007f caf\u00e9 "
                + "\uD83D\uDE00 lone\\ud800 <&> \u2028\"");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            assertThat(c >= 0x20).as("no raw control character").isTrue();
            if (Character.isHighSurrogate(c)) {
                assertThat(Character.isLowSurrogate(body.charAt(++i))).isTrue();
            } else {
                assertThat(Character.isLowSurrogate(c)).as("no unpaired surrogate").isFalse();
            }
        }
    }

    @Test
    void theLargestEventTheDomainAllowsFitsTheOutbox() {
        String roomMetadata = "\u0001".repeat(dev.parley.domain.Limits.MAX_ROOM_METADATA_BYTES);
        String metadata = "\u0001".repeat(dev.parley.domain.Limits.MAX_PARTICIPANT_METADATA_BYTES);
        Map<String, String> attributes = Map.of("k", "\u0002".repeat(dev.parley.domain.Limits.MAX_ATTRIBUTES_BYTES - 1));
        String name = "\uD83D\uDE00".repeat(dev.parley.domain.Limits.MAX_NAME_LENGTH);
        String identity = "\u00e9".repeat(dev.parley.domain.Limits.MAX_IDENTITY_LENGTH);
        Room big = Room.create(RoomName.of("r".repeat(RoomName.MAX_LENGTH)), "RM_" + "x".repeat(60), RoomPolicy.defaults(),
                roomMetadata, CREATED);
        Participant p = new Participant(Identity.of(identity), "PA_" + "x".repeat(60), name, metadata, attributes,
                ParticipantKind.STANDARD, VideoGrant.builder().roomJoin(true).canPublishSources(EnumSet.allOf(TrackSource.class))
                .build(), CREATED);

        String body = WebhookJson.render(new RoomEvent.ParticipantLeft(big, p, "removed"), "EV_" + "x".repeat(22), NOW,
                Integer.MAX_VALUE);

        assertThat(body.length()).isGreaterThan(3_900_000).isLessThanOrEqualTo(dev.parley.application.webhook.port.WebhookMessage.MAX_BODY_CHARS);
    }

    @Test
    void theBodyNamesNothingButWhatItIsAbout() {
        String body = WebhookJson.render(new RoomEvent.RoomStarted(room()), "EV_7", NOW, 0);

        assertThat(body).doesNotContain("turnPassword", "token", "secret", "key", "E2EE", "NONE");
    }
}
