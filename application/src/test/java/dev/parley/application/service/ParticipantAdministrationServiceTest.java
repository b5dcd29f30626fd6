package dev.parley.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.port.in.UpdateParticipantCommand;
import dev.parley.domain.grant.PermissionUpdate;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.trust.TrustLevel;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantAdministrationServiceTest {

    private final ServiceFixture f = new ServiceFixture();
    private final Caller server = Caller.server("APIkey1");
    private final RoomName a = RoomName.of("a");

    @BeforeEach
    void roomWithAnn() {
        f.roomAdmin.createRoom(server, new CreateRoomCommand(a, RoomPolicy.defaults(), ""));
        f.join.joinRoom(ServiceFixture.joinAs("a", "ann",
                VideoGrant.join("a").toBuilder().canPublishData(true).canUpdateOwnMetadata(true).build()));
    }

    @Test
    void permissionUpdatesArePartialUnlikeLiveKitsReplaceAll() {
        Participant updated = f.participantAdmin.updateParticipant(server, new UpdateParticipantCommand(a, Identity.of("ann"),
                new PermissionUpdate(false, null, null, null, null, null, null), null, null, null));

        assertThat(updated.grants().effectiveCanPublish()).isFalse();
        assertThat(updated.grants().canPublishData()).isTrue();
        assertThat(updated.grants().effectiveCanUpdateOwnMetadata()).isTrue();
        assertThat(updated.grants().effectiveCanSubscribe()).isTrue();
        assertThat(f.events.names()).endsWith("participant_updated");
    }

    @Test
    void profileFieldsChangeOnlyWhenGiven() {
        f.participantAdmin.updateParticipant(server, new UpdateParticipantCommand(a, Identity.of("ann"),
                null, "Ann B.", null, Map.of("role", "host")));
        Participant p = f.participantAdmin.updateParticipant(server, new UpdateParticipantCommand(a, Identity.of("ann"),
                new PermissionUpdate(null, null, null, Set.of(TrackSource.MICROPHONE), null, null, null), null, "{}", null));

        assertThat(p.name()).isEqualTo("Ann B.");
        assertThat(p.metadata()).isEqualTo("{}");
        assertThat(p.attributes()).containsEntry("role", "host");
        assertThat(p.grants().mayPublishSource(TrackSource.CAMERA)).isFalse();
        assertThat(p.grants().mayPublishSource(TrackSource.MICROPHONE)).isTrue();
    }

    @Test
    void anAdminOfAnotherRoomCannotRemoveOrUpdate() {
        Caller otherAdmin = Caller.withGrant(TrustLevel.SERVER, "k", VideoGrant.builder().roomAdmin(true).room("b").build());

        assertThatThrownBy(() -> f.participantAdmin.removeParticipant(otherAdmin,
                new RemoveParticipantCommand(a, Identity.of("ann"), false)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("grant_room_mismatch"));
        assertThat(f.participants.rosterOf(a).size()).isEqualTo(1);
    }

    @Test
    void removingAnAbsentParticipantIsNotFoundButBanningOneIsAllowed() {
        assertThatThrownBy(() -> f.participantAdmin.removeParticipant(server,
                new RemoveParticipantCommand(a, Identity.of("zed"), false)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("participant_not_found"));

        f.participantAdmin.removeParticipant(server, new RemoveParticipantCommand(a, Identity.of("zed"), true));

        assertThat(f.bans.bannedFrom(a)).containsExactly(Identity.of("zed"));
    }

    @Test
    void removingAParticipantRevokesTheTokensItHoldsForTheRoom() {
        java.time.Instant issuedBefore = f.clock.instant().minusSeconds(1);
        f.clock.advance(java.time.Duration.ofSeconds(1));

        f.participantAdmin.removeParticipant(server, new RemoveParticipantCommand(a, Identity.of("ann"), false));

        java.time.Instant now = f.clock.instant();
        assertThat(f.revocations.isSubjectRevoked(Identity.of("ann"), "a", issuedBefore, now)).isTrue();
        assertThat(f.revocations.isSubjectRevoked(Identity.of("ann"), "other-room", issuedBefore, now)).isFalse();
        assertThat(f.revocations.isSubjectRevoked(Identity.of("bob"), "a", issuedBefore, now)).isFalse();
        assertThat(f.revocations.isSubjectRevoked(Identity.of("ann"), "a", now.plusSeconds(5), now.plusSeconds(5)))
                .as("a token issued after the removal (a fresh invitation) works").isFalse();
    }

    @Test
    void removingAHiddenParticipantAnnouncesNothing() {
        f.join.joinRoom(ServiceFixture.joinAs("a", "rec", VideoGrant.join("a").toBuilder().hidden(true).build()));
        int before = f.events.events().size();

        f.participantAdmin.removeParticipant(server, new RemoveParticipantCommand(a, Identity.of("rec"), false));

        assertThat(f.events.events()).hasSize(before);
        assertThat(f.participants.rosterOf(a).find(Identity.of("rec"))).isEmpty();
    }

    @Test
    void listParticipantsShowsHiddenOnesToAdministrators() {
        f.join.joinRoom(ServiceFixture.joinAs("a", "rec", VideoGrant.join("a").toBuilder().hidden(true).build()));

        assertThat(f.participantAdmin.listParticipants(server, a)).extracting(p -> p.identity().value())
                .containsExactly("ann", "rec");
    }

    @Test
    void aParticipantTokenCannotAdministerItsOwnRoom() {
        Caller ann = Caller.withGrant(TrustLevel.PARTICIPANT, "ann", VideoGrant.join("a"));

        assertThatThrownBy(() -> f.participantAdmin.listParticipants(ann, a))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("room_admin_not_granted"));
    }
}
