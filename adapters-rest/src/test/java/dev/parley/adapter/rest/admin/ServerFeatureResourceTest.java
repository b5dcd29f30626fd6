package dev.parley.adapter.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.rest.fixture.ServerApi;
import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.feature.ServerFeatureService;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.domain.DomainViolation;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/features/start}: bad input and the E2EE refusal, over the real services. */
class ServerFeatureResourceTest {

    private final ServerApi api = new ServerApi();
    private final ServerFeatureResource resource =
            new ServerFeatureResource(api.bearer, api.signedRequests, new ServerFeatureService(api.rooms, api.authorizer));
    private final String recorder = api.bearer(VideoGrant.builder().roomRecord(true).build());

    private void start(String json) {
        resource.start(recorder, null, null, null, null, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnknownFeatureIsABadRequestWithItsOwnCode() {
        assertThatThrownBy(() -> start("{\"room\":\"clinic\",\"feature\":\"mind_reading\"}"))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("feature_unknown");
    }

    @Test
    void aMissingRoomIsRefusedAsAnInvalidRoomName() {
        assertThatThrownBy(() -> start("{\"feature\":\"recording\"}")).isInstanceOf(DomainViolation.class);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertThatThrownBy(() -> start("{\"room\":")).isInstanceOf(UseCaseException.class)
                .extracting("kind").isEqualTo(UseCaseException.Kind.INVALID);
    }

    @Test
    void recordingAnEndToEndEncryptedRoomIsRefused() {
        api.roomAdmin.createRoom(Caller.server(ServerApi.KEY_ID), new CreateRoomCommand(RoomName.of("clinic"),
                RoomPolicy.defaults().withKeyPolicy(KeyPolicy.SERVER_MANAGED), ""));
        assertThatThrownBy(() -> start("{\"room\":\"clinic\",\"feature\":\"recording\"}"))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("feature_unavailable_e2ee");
    }

    @Test
    void aTokenWithoutRoomRecordIsDeniedEvenAsRoomAdmin() {
        api.roomAdmin.createRoom(Caller.server(ServerApi.KEY_ID), new CreateRoomCommand(RoomName.of("open"),
                RoomPolicy.defaults(), ""));
        String participant = api.bearer(VideoGrant.builder().roomAdmin(true).room("open").build());
        assertThatThrownBy(() -> resource.start(participant, null, null, null, null,
                new ByteArrayInputStream("{\"room\":\"open\",\"feature\":\"recording\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UseCaseException.class).extracting("kind").isEqualTo(UseCaseException.Kind.DENIED);
        assertThat(api.audit.events()).anyMatch(e -> e.action().equals("feature.recording"));
    }
}
