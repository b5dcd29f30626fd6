package dev.parley.adapter.rest.livekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.rest.fixture.Golden;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.RoomView;
import dev.parley.application.port.in.UpdateParticipantCommand;
import dev.parley.domain.grant.PermissionUpdate;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON of LiveKit's messages, domain to wire and wire to command, checked against golden
 * files written from livekit_room.proto / livekit_models.proto under the protobuf JSON mapping
 * (lowerCamel names, int64 as strings, enums by name, every field present).
 */
class LiveKitMessagesTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private static ProtoJsonObject json(String body) {
        return ProtoJsonObject.of(StrictJson.parseObject(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Room roomA() {
        RoomPolicy policy = RoomPolicy.defaults().withTimeouts(Duration.ofSeconds(600), Duration.ofSeconds(30)).withMaxParticipants(50);
        return Room.create(RoomName.of("room-a"), "RM_1", policy, "{\"topic\":\"standup\"}", CREATED);
    }

    private static Participant alice() {
        VideoGrant grant = VideoGrant.join("room-a").toBuilder()
                .canPublishSources(EnumSet.of(TrackSource.MICROPHONE, TrackSource.CAMERA)).canUpdateOwnMetadata(true).build();
        return new Participant(Identity.of("alice"), "PA_2", "alice name", "", Map.of("team", "red", "role", "host"),
                ParticipantKind.STANDARD, grant, CREATED.plusSeconds(60));
    }

    @Test
    void roomIsWrittenWithJsonNamesAndInt64AsStrings() {
        assertThat(Golden.onTheWire(RoomMessage.of(new RoomView(roomA(), 0, 0)).toJson(FieldNaming.JSON_NAME)))
                .isEqualTo(Golden.json("livekit/room.json"));
    }

    @Test
    void roomCountsVisibleParticipantsOnly_hiddenAreNotCountedInLiveKit() {
        assertThat(RoomMessage.of(new RoomView(roomA(), 3, 2)).numParticipants()).isEqualTo(3);
    }

    @Test
    void roomNeverCarriesATurnPassword() {
        assertThat(RoomMessage.of(new RoomView(roomA(), 0, 0)).toJson(FieldNaming.JSON_NAME).has("turnPassword")).isFalse();
    }

    @Test
    void roomWithProtoNamesIsWhatPlugNmeetEmbeds() {
        var node = RoomMessage.of(new RoomView(roomA(), 0, 0)).toJson(FieldNaming.PROTO_NAME);
        assertThat(node.path("creation_time_ms").asText()).isEqualTo("1772355600000");
        assertThat(node.path("empty_timeout").asInt()).isEqualTo(600);
    }

    @Test
    void participantInfoIsWrittenWithPermissionSourcesAsEnumNamesInNumberOrder() {
        assertThat(Golden.onTheWire(ParticipantInfoMessage.of(alice()).toJson(FieldNaming.JSON_NAME)))
                .isEqualTo(Golden.json("livekit/participant-info.json"));
    }

    @Test
    void participantPermissionAppliesLiveKitsDefaults() {
        ParticipantPermissionMessage defaults = ParticipantPermissionMessage.of(VideoGrant.join("r"));
        assertThat(defaults.canPublish()).isTrue();
        assertThat(defaults.canSubscribe()).isTrue();
        assertThat(defaults.canPublishData()).isTrue();
        assertThat(defaults.canUpdateMetadata()).isFalse();
        ParticipantPermissionMessage noPublish = ParticipantPermissionMessage.of(VideoGrant.join("r").toBuilder().canPublish(false).build());
        assertThat(noPublish.canPublishData()).as("canPublishData defaults to canPublish").isFalse();
    }

    @Test
    void everyParticipantKindHasLiveKitsName() {
        assertThat(ParticipantInfoMessage.kindName(ParticipantKind.AGENT)).isEqualTo("AGENT");
        assertThat(ParticipantInfoMessage.kindName(ParticipantKind.SIP)).isEqualTo("SIP");
        assertThat(ParticipantInfoMessage.kindName(ParticipantKind.CONNECTOR)).isEqualTo("CONNECTOR");
    }

    @Test
    void createRoomRequestFromTheSdkBecomesTheCommand() {
        CreateRoomCommand command = CreateRoomRequest.from(json(Golden.text("livekit/create-room-request.json"))).toCommand();
        assertThat(command.name()).isEqualTo(RoomName.of("room-a"));
        assertThat(command.policy().emptyTimeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(command.policy().departureTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(command.policy().maxParticipants()).isEqualTo(50);
        assertThat(command.metadata()).isEqualTo("{\"topic\":\"standup\"}");
    }

    @Test
    void createRoomRequestWithProtoNamesIsTheSameRequest() {
        assertThat(CreateRoomRequest.from(json(Golden.text("livekit/create-room-request-proto-names.json"))))
                .isEqualTo(CreateRoomRequest.from(json(Golden.text("livekit/create-room-request.json"))));
    }

    @Test
    void createRoomRequestAskingForEgressOrAgentsSaysSo() {
        assertThat(CreateRoomRequest.from(json("{\"name\":\"a\",\"egress\":{}}")).asksForUnsupportedFeature()).isTrue();
        assertThat(CreateRoomRequest.from(json("{\"name\":\"a\",\"agents\":[{\"agentName\":\"x\"}]}")).asksForUnsupportedFeature()).isTrue();
        assertThat(CreateRoomRequest.from(json("{\"name\":\"a\",\"agents\":[]}")).asksForUnsupportedFeature()).isFalse();
    }

    @Test
    void updateParticipantReplacesEveryPermission_anOmittedBoolIsFalse() {
        UpdateParticipantRequest request = UpdateParticipantRequest.from(json(Golden.text("livekit/update-participant-request.json")));
        UpdateParticipantCommand command = request.toCommand(Map.of("role", "host", "team", "red"));

        assertThat(command.permissions()).isEqualTo(new PermissionUpdate(true, true, false, Set.of(TrackSource.MICROPHONE),
                false, false, false));
        assertThat(command.attributes()).isEqualTo(Map.of("team", "blue"));
        assertThat(command.name()).isEqualTo("Alice");
        assertThat(command.metadata()).as("empty metadata is no change").isNull();
    }

    @Test
    void updateParticipantWithoutPermissionOrAttributesChangesNeither() {
        UpdateParticipantCommand command = UpdateParticipantRequest.from(json("{\"room\":\"r\",\"identity\":\"a\",\"metadata\":\"m\"}"))
                .toCommand(Map.of());
        assertThat(command.permissions().isEmpty()).isTrue();
        assertThat(command.attributes()).isNull();
        assertThat(command.metadata()).isEqualTo("m");
        assertThat(command.name()).isNull();
    }

    @Test
    void trackSourcesMayBeNumbers_protojson() {
        ParticipantPermissionMessage p = ParticipantPermissionMessage.from(json("{\"canPublishSources\":[3,4]}"));
        assertThat(p.canPublishSources()).containsExactlyInAnyOrder(TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO);
    }

    @Test
    void theUnknownTrackSourceIsAnInvalidArgument() {
        assertThatThrownBy(() -> ParticipantPermissionMessage.from(json("{\"can_publish_sources\":[\"UNKNOWN\"]}")))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.INVALID);
                    assertThat(e.getMessage()).startsWith("can_publish_sources");
                });
    }

    @Test
    void requestsNameTheRoomAndIdentityByTheDomainsRules() {
        assertThat(new RoomParticipantIdentity("room-a", "alice").participantIdentity()).isEqualTo(Identity.of("alice"));
        assertThatThrownBy(() -> new DeleteRoomRequest("").roomName()).hasMessageContaining("room name must not be empty");
        assertThatThrownBy(() -> new ListRoomsRequest(java.util.List.of("ok", "not ok")).roomNames())
                .hasMessageContaining("room name may contain only");
    }
}
