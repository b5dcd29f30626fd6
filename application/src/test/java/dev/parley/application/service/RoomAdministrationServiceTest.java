package dev.parley.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.RoomView;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.room.RoomState;
import dev.parley.domain.trust.TrustLevel;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoomAdministrationServiceTest {

    private final ServiceFixture f = new ServiceFixture();
    private final Caller server = Caller.server("APIkey1");

    private RoomView create(String name) {
        return f.roomAdmin.createRoom(server, new CreateRoomCommand(RoomName.of(name), RoomPolicy.defaults(), ""));
    }

    @Test
    void createRoomStartsTheRoomAuditsItAndPublishesRoomStarted() {
        RoomView v = create("standup");

        assertThat(v.room().state()).isEqualTo(RoomState.CREATED);
        assertThat(f.events.names()).containsExactly("room_started");
        assertThat(f.audit.events()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("room.create");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.actor()).isEqualTo("APIkey1");
        });
    }

    @Test
    void createRoomIsIdempotentForAnOpenRoomAsInLiveKit() {
        RoomView first = create("standup");
        RoomView second = f.roomAdmin.createRoom(server,
                new CreateRoomCommand(RoomName.of("standup"), RoomPolicy.defaults().withMaxParticipants(3), "other"));

        assertThat(second.room()).isEqualTo(first.room());
        assertThat(f.events.names()).containsExactly("room_started");
    }

    @Test
    void createRoomWithoutRoomCreateIsDeniedAndAudited() {
        Caller weak = Caller.withGrant(TrustLevel.SERVER, "APIkey1", VideoGrant.builder().roomList(true).build());

        assertThatThrownBy(() -> f.roomAdmin.createRoom(weak,
                new CreateRoomCommand(RoomName.of("x"), RoomPolicy.defaults(), "")))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.DENIED);
                    assertThat(e.code()).isEqualTo("room_create_not_granted");
                });
        assertThat(f.rooms.find(RoomName.of("x"))).isEmpty();
        assertThat(f.audit.events()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.reasonCode()).isEqualTo("room_create_not_granted");
        });
    }

    @Test
    void listRoomsShowsOpenRoomsWithVisibleAndHiddenCounts() {
        create("a");
        create("b");
        f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));
        f.join.joinRoom(ServiceFixture.joinAs("a", "rec", VideoGrant.join("a").toBuilder().hidden(true).build()));

        var views = f.roomAdmin.listRooms(server, Set.of());

        assertThat(views).extracting(v -> v.room().name().value()).containsExactly("a", "b");
        assertThat(views.get(0).participantCount()).isEqualTo(1);
        assertThat(views.get(0).hiddenCount()).isEqualTo(1);
        assertThat(f.roomAdmin.listRooms(server, Set.of(RoomName.of("b")))).hasSize(1);
    }

    @Test
    void listRoomsNeedsRoomList() {
        Caller joiner = Caller.withGrant(TrustLevel.PARTICIPANT, "ann", VideoGrant.join("a"));

        assertThatThrownBy(() -> f.roomAdmin.listRooms(joiner, Set.of()))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("room_list_not_granted"));
    }

    @Test
    void deleteRoomEndsItRemovesEverybodyAndPublishesRoomFinished() {
        create("a");
        f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));

        f.roomAdmin.deleteRoom(server, RoomName.of("a"));

        assertThat(f.rooms.find(RoomName.of("a")).orElseThrow().state()).isEqualTo(RoomState.ENDED);
        assertThat(f.participants.rosterOf(RoomName.of("a")).size()).isZero();
        assertThat(f.events.names()).endsWith("room_finished");
        assertThatThrownBy(() -> f.roomAdmin.getRoom(server, RoomName.of("a")))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("room_not_found"));
    }

    @Test
    void endingARoomReportsEveryVisibleParticipantAsLeftBeforeTheRoomFinishes() {
        create("a");
        f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));
        f.join.joinRoom(ServiceFixture.joinAs("a", "rec", VideoGrant.join("a").toBuilder().hidden(true).build()));

        f.roomAdmin.deleteRoom(server, RoomName.of("a"));

        assertThat(f.events.names()).endsWith("participant_joined", "participant_left", "room_finished");
        assertThat(f.events.events()).filteredOn(e -> e instanceof dev.parley.application.event.RoomEvent.ParticipantLeft)
                .singleElement().satisfies(e -> {
                    var left = (dev.parley.application.event.RoomEvent.ParticipantLeft) e;
                    assertThat(left.participant().identity().value()).isEqualTo("ann");
                    assertThat(left.reason()).isEqualTo("room_deleted");
                });
    }

    @Test
    void deleteRoomWithARoomScopedGrantCannotDeleteAnotherRoom() {
        create("a");
        create("b");
        Caller scoped = Caller.withGrant(TrustLevel.SERVER, "APIkey1",
                VideoGrant.builder().roomCreate(true).room("a").build());

        assertThatThrownBy(() -> f.roomAdmin.deleteRoom(scoped, RoomName.of("b")))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("grant_room_mismatch"));
        f.roomAdmin.deleteRoom(scoped, RoomName.of("a"));
        assertThat(f.rooms.find(RoomName.of("b")).orElseThrow().isEnded()).isFalse();
    }

    @Test
    void anEndedRoomNameCanBeCreatedAfreshWithANewSid() {
        String oldSid = create("a").room().sid();
        f.roomAdmin.deleteRoom(server, RoomName.of("a"));

        RoomView again = create("a");

        assertThat(again.room().sid()).isNotEqualTo(oldSid);
        assertThat(again.room().state()).isEqualTo(RoomState.CREATED);
    }

    @Test
    void updateRoomMetadataNeedsRoomAdminForThatRoom() {
        create("a");
        Caller otherAdmin = Caller.withGrant(TrustLevel.SERVER, "APIkey1",
                VideoGrant.builder().roomAdmin(true).room("b").build());
        Caller admin = Caller.withGrant(TrustLevel.SERVER, "APIkey1",
                VideoGrant.builder().roomAdmin(true).room("a").build());

        assertThatThrownBy(() -> f.roomAdmin.updateRoomMetadata(otherAdmin, RoomName.of("a"), "x"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("grant_room_mismatch"));
        assertThat(f.roomAdmin.updateRoomMetadata(admin, RoomName.of("a"), "topic").room().metadata()).isEqualTo("topic");
        assertThat(f.events.names()).endsWith("room_metadata_changed");
    }

    @Test
    void closeIdleRoomsEndsRoomsNobodyJoinedAfterTheEmptyTimeoutOnly() {
        create("never-joined");
        create("busy");
        f.join.joinRoom(ServiceFixture.joinAs("busy", "ann"));

        f.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(f.roomAdmin.closeIdleRooms()).isEmpty();
        f.clock.advance(Duration.ofSeconds(1));

        assertThat(f.roomAdmin.closeIdleRooms()).containsExactly(RoomName.of("never-joined"));
        assertThat(f.rooms.find(RoomName.of("busy")).orElseThrow().isEnded()).isFalse();
    }

    @Test
    void closeIdleRoomsUsesTheDepartureTimeoutOnceSomebodyHasLeft() {
        create("a");
        var joined = f.join.joinRoom(ServiceFixture.joinAs("a", "ann"));
        f.join.leaveRoom(RoomName.of("a"), joined.participant().identity(), joined.participant().sid());

        f.clock.advance(Duration.ofSeconds(19));
        assertThat(f.roomAdmin.closeIdleRooms()).isEmpty();
        f.clock.advance(Duration.ofSeconds(1));

        assertThat(f.roomAdmin.closeIdleRooms()).containsExactly(RoomName.of("a"));
    }
}
