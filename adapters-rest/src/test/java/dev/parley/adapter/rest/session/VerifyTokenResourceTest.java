package dev.parley.adapter.rest.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.rest.fixture.Answer;
import dev.parley.adapter.rest.fixture.ServerApi;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.Caller;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code POST /api/verifyToken} over the real session service and the application's fakes. */
class VerifyTokenResourceTest {

    private final ServerApi api = new ServerApi();
    private final Caller server = Caller.server(ServerApi.KEY_ID);

    private void room(String name, KeyPolicy policy) {
        api.roomAdmin.createRoom(server, new CreateRoomCommand(RoomName.of(name), RoomPolicy.defaults().withKeyPolicy(policy), ""));
    }

    @Test
    void answersGrantsSessionMessagingAndRenewalWithoutCaching() {
        room("demo", KeyPolicy.NONE);
        Answer a = api.verifyToken("Bearer " + api.participantToken("alice", VideoGrant.join("demo")));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.cacheControl()).isEqualTo("no-store");
        JsonNode body = a.body();
        assertThat(body.path("participant").path("sid").asText()).startsWith("PA_");
        assertThat(body.path("participant").path("identity").asText()).isEqualTo("alice");
        assertThat(body.path("participant").path("permission").path("canPublishData").asBoolean()).isTrue();
        assertThat(body.path("signalingUrl").asText()).isEqualTo("ws://127.0.0.1:7880/rtc");
        assertThat(body.path("messaging").path("jwt").asText()).isNotEmpty();
        assertThat(body.path("messaging").path("urls").get(0).asText()).startsWith("ws://");
        assertThat(body.path("e2ee").path("keyPolicy").asText()).isEqualTo("NONE");
        assertThat(body.path("e2ee").has("key")).isFalse();
        assertThat(body.path("renewal").path("intervalSeconds").asLong()).isEqualTo(300);
    }

    @Test
    void serverManagedRoomsHandTheCurrentKeyToTheVerifiedParticipant() {
        room("clinic", KeyPolicy.SERVER_MANAGED);
        Answer a = api.verifyToken("Bearer " + api.participantToken("alice", VideoGrant.join("clinic")));

        JsonNode key = a.body().path("e2ee").path("key");
        assertThat(key.path("epoch").asLong()).isZero();
        assertThat(Base64.getUrlDecoder().decode(key.path("key").asText())).hasSize(32);
    }

    @Test
    void participantSuppliedRoomsTellTheClientToAskForThePassphrase() {
        room("private", KeyPolicy.PARTICIPANT_SUPPLIED);
        JsonNode e2ee = api.verifyToken("Bearer " + api.participantToken("alice", VideoGrant.join("private"))).body().path("e2ee");
        assertThat(e2ee.path("askForPassphrase").asBoolean()).isTrue();
        assertThat(e2ee.has("key")).isFalse();
    }

    @Test
    void aMissingBearerTokenIsRefusedWith401AndAChallenge() {
        Answer a = api.verifyToken(null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.text("code")).isEqualTo("token_malformed");
        assertThat(a.wwwAuthenticate()).startsWith("Bearer error=\"invalid_token\"");
    }

    @Test
    void aTamperedTokenIsRefusedWith401() {
        room("demo", KeyPolicy.NONE);
        String token = api.participantToken("alice", VideoGrant.join("demo"));
        Answer a = api.verifyToken("Bearer " + token.substring(0, token.length() - 2) + "xx");
        assertThat(a.status()).isEqualTo(401);
    }

    @Test
    void anUnknownRoomIsRefusedWithItsOwnCode() {
        Answer a = api.verifyToken("Bearer " + api.participantToken("alice", VideoGrant.join("nowhere")));
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("code")).isEqualTo("room_not_found");
    }

    @Test
    void aBannedParticipantIsRefusedAndNoCredentialIsIssued() {
        room("demo", KeyPolicy.NONE);
        api.participantAdmin.removeParticipant(server, new RemoveParticipantCommand(RoomName.of("demo"), Identity.of("mallory"), true));
        api.clock.advance(java.time.Duration.ofSeconds(2));
        Answer a = api.verifyToken("Bearer " + api.participantToken("mallory", VideoGrant.join("demo")));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.text("code")).isEqualTo("participant_banned");
        assertThat(api.messaging.issued()).isEmpty();
    }

    @Test
    void theRoomKeyNeverAppearsInAnErrorOrAnotherRoomsAnswer() {
        room("clinic", KeyPolicy.SERVER_MANAGED);
        room("demo", KeyPolicy.NONE);
        Answer inClinic = api.verifyToken("Bearer " + api.participantToken("alice", VideoGrant.join("clinic")));
        String key = inClinic.body().path("e2ee").path("key").path("key").asText();
        Answer other = api.verifyToken("Bearer " + api.participantToken("bob", VideoGrant.join("demo")));
        Answer refused = api.verifyToken("Bearer " + api.participantToken("carol", VideoGrant.join("nowhere")));
        assertThat(other.body().toString()).doesNotContain(key);
        assertThat(refused.body().toString()).doesNotContain(key);
        assertThat(api.messaging.sentTo("PA_none")).noneMatch(m -> m instanceof PrivateMessage.RoomKey);
    }
}
