package dev.parley.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.UseCaseException;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.port.in.UpdateParticipantCommand;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.grant.PermissionUpdate;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.messaging.Channel;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private final SessionTestBed bed = new SessionTestBed();

    @Test
    void verifyTokenAdmitsAndIssuesACredentialScopedToTheGrantAndTheRenewalDeadline() {
        bed.createRoom("demo", KeyPolicy.NONE);
        VideoGrant listenOnly = VideoGrant.join("demo").toBuilder().canPublish(false).canPublishData(false).build();

        SessionGrant grant = bed.sessions.verifyToken(bed.token("demo", "alice", listenOnly, Duration.ofHours(1)));

        MessagingSession issued = bed.messaging.issued().get(0);
        assertThat(issued.participantSid()).isEqualTo(grant.participant().sid());
        assertThat(issued.access().publish()).containsExactly(Channel.RENEWAL);
        assertThat(issued.access().subscribe()).contains(Channel.ROOM_EVENTS, Channel.PRIVATE, Channel.INBOX);
        // Two renewal intervals (10 min), although the token itself lives an hour.
        assertThat(issued.expiresAt()).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(grant.renewalInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(grant.keyPolicy()).isEqualTo(KeyPolicy.NONE);
        assertThat(grant.roomKey()).isEmpty();
        assertThat(bed.events.names()).contains("participant_joined");
    }

    @Test
    void credentialNeverOutlivesTheTokensRenewalWindow() {
        bed.createRoom("demo", KeyPolicy.NONE);
        bed.sessions.verifyToken(bed.token("demo", "alice", VideoGrant.join("demo"), Duration.ofMinutes(2)));
        // exp + the 30 s renewal grace: renewable until then, usable no longer.
        assertThat(bed.messaging.issued().get(0).expiresAt())
                .isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(2)).plusSeconds(30));
    }

    @Test
    void aTokenPastItsRenewalWindowStartsNoSessionEvenWithinTheVerifiersLeeway() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String token = bed.token("demo", "alice", VideoGrant.join("demo"), Duration.ofMinutes(1));
        bed.clock.advance(Duration.ofSeconds(60 + 40)); // 40 s past exp: inside the 60 s leeway, past the 30 s grace
        assertThatThrownBy(() -> bed.sessions.verifyToken(token))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("token_expired");
        assertThat(bed.messaging.issued()).isEmpty();
        assertThat(bed.sessions.isAdmitted(RoomName.of("demo"), Identity.of("alice"))).isFalse();
    }

    @Test
    void verifyTokenRefusesABannedIdentity() {
        bed.createRoom("demo", KeyPolicy.NONE);
        bed.participantAdmin.removeParticipant(bed.server, new RemoveParticipantCommand(RoomName.of("demo"), Identity.of("mallory"), true));
        assertThatThrownBy(() -> bed.sessions.verifyToken(bed.token("demo", "mallory")))
                .isInstanceOfAny(UseCaseException.class, TokenRefusedException.class);
        assertThat(bed.messaging.issued()).isEmpty();
    }

    @Test
    void verifyTokenRefusesATokenWithoutARoom() {
        String token = bed.token(null, "alice", VideoGrant.none().toBuilder().roomJoin(true).build(), Duration.ofMinutes(5));
        assertThatThrownBy(() -> bed.sessions.verifyToken(token))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("token_has_no_room");
    }

    @Test
    void aReplacedSessionIsEndedAndItsCredentialsRevoked() {
        bed.createRoom("demo", KeyPolicy.NONE);
        SessionGrant first = bed.sessions.verifyToken(bed.token("demo", "alice"));
        SessionGrant second = bed.sessions.verifyToken(bed.token("demo", "alice"));

        String old = first.participant().sid();
        assertThat(second.participant().sid()).isNotEqualTo(old);
        assertThat(bed.log).containsSubsequence("private:" + old + ":session_ended", "revoke:" + old + ":null",
                "media-end:" + old + ":replaced");
    }

    @Test
    void renewalCarriesTheGrantsAsTheyAreNowNotAsTheTokenSaid() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String token = bed.token("demo", "alice");
        SessionGrant grant = bed.sessions.verifyToken(token);
        bed.participantAdmin.updateParticipant(bed.server, new UpdateParticipantCommand(RoomName.of("demo"),
                Identity.of("alice"), new PermissionUpdate(false, null, false, null, null, null, null), null, null, null));
        // The grant change pushed a new token; renewal with it gives the current grants.
        PrivateMessage.CredentialsRefreshed refreshed = (PrivateMessage.CredentialsRefreshed) bed.messaging
                .sentTo(grant.participant().sid()).get(0);

        RenewedSession renewed = bed.sessions.renew(RoomName.of("demo"), grant.participant().sid(), refreshed.token());

        assertThat(renewed.grant().effectiveCanPublishData()).isFalse();
        assertThat(bed.messaging.issued().get(bed.messaging.issued().size() - 1).access().publish())
                .containsExactly(Channel.RENEWAL);
    }

    @Test
    void aGrantChangeSendsNewCredentialsBeforeRevokingTheOldOnes() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String sid = bed.sessions.verifyToken(bed.token("demo", "alice")).participant().sid();
        bed.participantAdmin.updateParticipant(bed.server, new UpdateParticipantCommand(RoomName.of("demo"),
                Identity.of("alice"), new PermissionUpdate(null, null, false, null, null, null, null), null, null, null));
        assertThat(bed.log).containsSubsequence("issue:" + sid + ":UC2", "private:" + sid + ":credentials_refreshed",
                "revoke:" + sid + ":UC2", "media-grants:" + sid);
    }

    @Test
    void aProfileOnlyUpdateDoesNotReissueCredentials() {
        bed.createRoom("demo", KeyPolicy.NONE);
        bed.sessions.verifyToken(bed.token("demo", "alice"));
        bed.participantAdmin.updateParticipant(bed.server, new UpdateParticipantCommand(RoomName.of("demo"),
                Identity.of("alice"), PermissionUpdate.nothing(), "Alice", null, Map.of()));
        assertThat(bed.messaging.issued()).hasSize(1);
    }

    @Test
    void renewalIsRefusedAfterABan() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String token = bed.token("demo", "alice");
        String sid = bed.sessions.verifyToken(token).participant().sid();
        bed.participantAdmin.removeParticipant(bed.server, new RemoveParticipantCommand(RoomName.of("demo"), Identity.of("alice"), true));
        // Removal revokes the identity's tokens; a token minted later is refused by the ban.
        assertThatThrownBy(() -> bed.sessions.renew(RoomName.of("demo"), sid, token))
                .isInstanceOfAny(TokenRefusedException.class, UseCaseException.class);
        bed.clock.advance(Duration.ofSeconds(2));
        String fresh = bed.token("demo", "alice");
        assertThatThrownBy(() -> bed.sessions.renew(RoomName.of("demo"), sid, fresh))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("banned");
    }

    @Test
    void renewalIsRefusedForAnotherSessionOfTheSameIdentity() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String token = bed.token("demo", "alice");
        bed.sessions.verifyToken(token);
        assertThatThrownBy(() -> bed.sessions.renew(RoomName.of("demo"), "PA_someoneelse", token))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("session_not_found");
    }

    @Test
    void renewalIsRefusedWithATokenForAnotherRoom() {
        bed.createRoom("demo", KeyPolicy.NONE);
        bed.createRoom("other", KeyPolicy.NONE);
        String sid = bed.sessions.verifyToken(bed.token("demo", "alice")).participant().sid();
        assertThatThrownBy(() -> bed.sessions.renew(RoomName.of("demo"), sid, bed.token("other", "alice")))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("token_not_for_session");
    }

    @Test
    void renewalAcceptsATokenWithinTheGraceAndRefusesItAfter() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String token = bed.token("demo", "alice", VideoGrant.join("demo"), Duration.ofMinutes(1));
        String sid = bed.sessions.verifyToken(token).participant().sid();
        bed.clock.advance(Duration.ofSeconds(60 + 20));
        assertThat(bed.sessions.renew(RoomName.of("demo"), sid, token).token()).isNotBlank();
        bed.clock.advance(Duration.ofSeconds(15));
        assertThatThrownBy(() -> bed.sessions.renew(RoomName.of("demo"), sid, token))
                .isInstanceOfAny(UseCaseException.class, TokenRefusedException.class);
        assertThat(bed.audit.events()).anyMatch(e -> e.action().equals("session.renew") && e.outcome().name().equals("DENIED"));
    }

    @Test
    void renewalIsRefusedOnceTheRoomEnded() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String token = bed.token("demo", "alice");
        String sid = bed.sessions.verifyToken(token).participant().sid();
        bed.roomAdmin.deleteRoom(bed.server, RoomName.of("demo"));
        assertThatThrownBy(() -> bed.sessions.renew(RoomName.of("demo"), sid, token))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("room_ended");
        assertThat(bed.log).contains("revoke:" + sid + ":null", "media-end:" + sid + ":room_ended");
    }

    @Test
    void removalEndsEveryChannelOfTheSession() {
        bed.createRoom("demo", KeyPolicy.NONE);
        String sid = bed.sessions.verifyToken(bed.token("demo", "alice")).participant().sid();
        bed.participantAdmin.removeParticipant(bed.server, new RemoveParticipantCommand(RoomName.of("demo"), Identity.of("alice"), false));
        assertThat(bed.log).containsSubsequence("private:" + sid + ":session_ended", "revoke:" + sid + ":null",
                "media-end:" + sid + ":removed");
        assertThat(bed.messaging.sentTo(sid)).extracting(PrivateMessage::type).containsExactly("session_ended");
        assertThat(List.copyOf(bed.log)).noneMatch(l -> l.startsWith("private:") && l.endsWith("room_key"));
    }

    @Test
    void onlyAnAdmittedParticipantOfAnOpenRoomCountsAsAdmittedForOtherChannels() {
        bed.createRoom("demo", KeyPolicy.NONE);
        RoomName demo = RoomName.of("demo");
        assertThat(bed.sessions.isAdmitted(demo, Identity.of("alice"))).as("a valid token alone is not enough").isFalse();
        bed.sessions.verifyToken(bed.token("demo", "alice"));
        assertThat(bed.sessions.isAdmitted(demo, Identity.of("alice"))).isTrue();
        bed.participantAdmin.removeParticipant(bed.server, new RemoveParticipantCommand(demo, Identity.of("alice"), false));
        assertThat(bed.sessions.isAdmitted(demo, Identity.of("alice"))).isFalse();
        bed.sessions.verifyToken(bed.token("demo", "bob"));
        bed.roomAdmin.deleteRoom(bed.server, demo);
        assertThat(bed.sessions.isAdmitted(demo, Identity.of("bob"))).isFalse();
        assertThat(bed.sessions.isAdmitted(RoomName.of("nowhere"), Identity.of("bob"))).isFalse();
    }

    @Test
    void verifyTokenRefusesATokenWithoutAnIdentity() {
        bed.createRoom("demo", KeyPolicy.NONE);
        // Parley's minter refuses such a token; another SDK may sign one.
        String token = bed.codec.encode(dev.parley.application.token.fake.TestClaims.at(bed.clock.instant()).issuer(SessionTestBed.KEY).subject(null)
                .video(VideoGrant.join("demo")).build(), new dev.parley.application.token.KeyRing(bed.keyStore, bed.sealer)
                .find(SessionTestBed.KEY).orElseThrow());
        assertThatThrownBy(() -> bed.sessions.verifyToken(token))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.code()).isEqualTo("token_identity_invalid"));
        // A server-API token (no roomJoin, so the verifier does not ask for an identity) starts no session either.
        String serverToken = bed.codec.encode(dev.parley.application.token.fake.TestClaims.at(bed.clock.instant())
                .issuer(SessionTestBed.KEY).subject(null).video(VideoGrant.none().toBuilder().roomAdmin(true).room("demo").build())
                .build(), new dev.parley.application.token.KeyRing(bed.keyStore, bed.sealer).find(SessionTestBed.KEY).orElseThrow());
        assertThatThrownBy(() -> bed.sessions.verifyToken(serverToken))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("token_has_no_identity");
        assertThat(bed.messaging.issued()).isEmpty();
    }
}
