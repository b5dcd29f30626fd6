package dev.parley.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.JoinResult;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.DuplicateIdentityPolicy;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.room.RoomState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinServiceTest {

    private final ServiceFixture f = new ServiceFixture();
    private final Caller server = Caller.server("APIkey1");

    private void create(String name, RoomPolicy policy) {
        f.roomAdmin.createRoom(server, new CreateRoomCommand(RoomName.of(name), policy, ""));
    }

    private UseCaseException refusal(JoinRoomCommand cmd) {
        try {
            f.join.joinRoom(cmd);
        } catch (UseCaseException e) {
            return e;
        }
        throw new AssertionError("join was admitted");
    }

    @Test
    void theFirstJoinActivatesTheRoomAndAnnouncesTheParticipant() {
        create("a", RoomPolicy.defaults());

        JoinResult r = f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        assertThat(r.room().state()).isEqualTo(RoomState.ACTIVE);
        assertThat(r.participant().sid()).startsWith("PA_");
        assertThat(f.events.names()).containsExactly("room_started", "participant_joined");
    }

    @Test
    void aTokenForAnotherRoomCannotJoinAndTheDenialIsAudited() {
        create("a", RoomPolicy.defaults());

        UseCaseException e = refusal(ServiceFixture.joinAs("a", "ann", VideoGrant.join("b")));

        assertThat(e.code()).isEqualTo("grant_room_mismatch");
        assertThat(f.audit.events()).anySatisfy(ev -> {
            assertThat(ev.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(ev.action()).isEqualTo("participant.join");
        });
    }

    @Test
    void aTokenWithoutRoomJoinCannotJoin() {
        create("a", RoomPolicy.defaults());

        UseCaseException e = refusal(ServiceFixture.joinAs("a", "ann", VideoGrant.builder().room("a").build()));

        assertThat(e.code()).isEqualTo("room_join_not_granted");
    }

    @Test
    void anUnknownRoomIsNotFoundUnlessAutoCreateWithRoomCreate() {
        assertThat(refusal(ServiceFixture.joinAs("nope", "ann")).code()).isEqualTo("room_not_found");

        VideoGrant creator = VideoGrant.join("nope").toBuilder().roomCreate(true).build();
        JoinResult r = f.join.joinRoom(new JoinRoomCommand(RoomName.of("nope"), Identity.of("ann"), "", "", Map.of(),
                ParticipantKind.STANDARD, creator, true));

        assertThat(r.room().state()).isEqualTo(RoomState.ACTIVE);
    }

    @Test
    void anEndedRoomCannotBeJoined() {
        create("a", RoomPolicy.defaults());
        f.roomAdmin.deleteRoom(server, RoomName.of("a"));

        assertThat(refusal(ServiceFixture.joinAs("a", "ann")).code()).isEqualTo("room_ended");
    }

    @Test
    void aFullRoomRefusesVisibleNewcomersButAdmitsHiddenOnes() {
        create("a", RoomPolicy.defaults().withMaxParticipants(1));
        f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        assertThat(refusal(ServiceFixture.joinAs("a", "bob")).code()).isEqualTo("room_full");
        JoinResult rec = f.join.joinRoom(ServiceFixture.joinAs("a", "rec", VideoGrant.join("a").toBuilder().hidden(true).build()));
        assertThat(rec.participant().isHidden()).isTrue();
    }

    @Test
    void hiddenParticipantsAreNeitherAnnouncedNorShownToOthers() {
        create("a", RoomPolicy.defaults());
        f.join.joinRoom(ServiceFixture.joinAs("a", "rec", VideoGrant.join("a").toBuilder().hidden(true).build()));

        JoinResult ann = f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        assertThat(ann.others()).isEmpty();
        assertThat(f.events.events()).noneMatch(e -> e.eventName().equals("participant_joined")
                && ((dev.parley.application.event.RoomEvent.ParticipantJoined) e).participant().identity().value().equals("rec"));
    }

    @Test
    void aDuplicateIdentityReplacesTheOldSessionByDefault() {
        create("a", RoomPolicy.defaults());
        JoinResult first = f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        JoinResult second = f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        assertThat(second.replaced()).contains(first.participant());
        assertThat(f.participants.rosterOf(RoomName.of("a")).all()).containsExactly(second.participant());
        // The old session's late "leave" must not remove the new one.
        f.join.leaveRoom(RoomName.of("a"), Identity.of("ann"), first.participant().sid());
        assertThat(f.participants.rosterOf(RoomName.of("a")).size()).isEqualTo(1);
    }

    @Test
    void aRoomThatRefusesDuplicatesKeepsTheFirstSession() {
        create("a", RoomPolicy.defaults().withDuplicateIdentity(DuplicateIdentityPolicy.REFUSE_NEWCOMER));
        f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        assertThat(refusal(ServiceFixture.joinAs("a", "ann")).code()).isEqualTo("identity_already_present");
    }

    @Test
    void aBannedIdentityCannotRejoinEvenWithAValidToken() {
        create("a", RoomPolicy.defaults());
        f.join.joinRoom(ServiceFixture.joinAs("a", "mallory"));
        f.participantAdmin.removeParticipant(server, new RemoveParticipantCommand(RoomName.of("a"), Identity.of("mallory"), true));

        assertThat(refusal(ServiceFixture.joinAs("a", "mallory")).code()).isEqualTo("participant_banned");
        assertThat(f.events.names()).contains("participant_left");
    }
}
