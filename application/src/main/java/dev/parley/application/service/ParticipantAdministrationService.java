package dev.parley.application.service;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.in.ListParticipantsUseCase;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.port.in.RemoveParticipantUseCase;
import dev.parley.application.port.in.UpdateParticipantCommand;
import dev.parley.application.port.in.UpdateParticipantUseCase;
import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.port.out.SessionLifecycle;
import dev.parley.application.token.RevokeAccessTokenUseCase;
import dev.parley.domain.grant.Action;
import dev.parley.domain.grant.AdminOperation;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Participant administration: list, read, remove (and ban), update permissions and profile.
 * Removing or banning revokes the identity's current tokens for the room and ends its live sessions;
 * a change of grants reissues the session's credentials with the new grants.
 */
public final class ParticipantAdministrationService
        implements ListParticipantsUseCase, RemoveParticipantUseCase, UpdateParticipantUseCase {

    private final RoomRepository rooms;
    private final ParticipantRepository participants;
    private final BanRepository bans;
    private final RoomEventPublisher events;
    private final RevokeAccessTokenUseCase tokens;
    private final Authorizer authorizer;
    private final Clock clock;
    private final SessionLifecycle sessions;

    public ParticipantAdministrationService(RoomRepository rooms, ParticipantRepository participants, BanRepository bans,
            RoomEventPublisher events, RevokeAccessTokenUseCase tokens, Authorizer authorizer, Clock clock,
            SessionLifecycle sessions) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.bans = Objects.requireNonNull(bans, "bans");
        this.events = Objects.requireNonNull(events, "events");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public List<Participant> listParticipants(Caller caller, RoomName room) {
        authorizer.require(caller, new Action.AdministerRoom(room, AdminOperation.LIST_PARTICIPANTS),
                "participant.list", room.value(), Map.of());
        OpenRooms.require(rooms, room);
        return participants.rosterOf(room).all();
    }

    @Override
    public Participant getParticipant(Caller caller, RoomName room, Identity identity) {
        authorizer.require(caller, new Action.AdministerRoom(room, AdminOperation.GET_PARTICIPANT),
                "participant.get", room.value(), Map.of("identity", identity.value()));
        OpenRooms.require(rooms, room);
        return participants.rosterOf(room).find(identity)
                .orElseThrow(() -> UseCaseException.participantNotFound(room.value(), identity.value()));
    }

    @Override
    public void removeParticipant(Caller caller, RemoveParticipantCommand command) {
        RoomName roomName = command.room();
        authorizer.requirePrivileged(caller, new Action.AdministerRoom(roomName, AdminOperation.REMOVE_PARTICIPANT),
                command.ban() ? "participant.ban" : "participant.remove", roomName.value(),
                Map.of("identity", command.identity().value()));
        Room room = OpenRooms.require(rooms, roomName);
        if (command.ban()) {
            bans.ban(roomName, command.identity(), clock.instant());
        }
        // Every token this identity holds for the room now stops working until it would have
        // expired anyway: a removed participant cannot rejoin with the same token (LiveKit #2804).
        tokens.revokeIdentity(command.identity(), roomName.value());
        Optional<Participant> present = participants.rosterOf(roomName).find(command.identity());
        if (present.isEmpty()) {
            if (command.ban()) {
                return; // banning someone who is not (yet) there is legitimate
            }
            throw UseCaseException.participantNotFound(roomName.value(), command.identity().value());
        }
        participants.remove(roomName, command.identity());
        Room touched = room.recordDeparture(clock.instant());
        rooms.update(touched);
        if (!present.get().isHidden()) {
            events.publish(new RoomEvent.ParticipantLeft(touched, present.get(), command.ban() ? "banned" : "removed"));
        }
        // Every live channel of the session closes before a new room key goes to the others.
        sessions.participantRemoved(touched, present.get(), command.ban() ? "banned" : "removed");
    }

    @Override
    public Participant updateParticipant(Caller caller, UpdateParticipantCommand command) {
        RoomName roomName = command.room();
        authorizer.requirePrivileged(caller, new Action.AdministerRoom(roomName, AdminOperation.UPDATE_PARTICIPANT),
                "participant.update", roomName.value(), Map.of("identity", command.identity().value()));
        Room room = OpenRooms.require(rooms, roomName);
        Participant current = participants.rosterOf(roomName).find(command.identity())
                .orElseThrow(() -> UseCaseException.participantNotFound(roomName.value(), command.identity().value()));
        Participant updated = current
                .withGrants(command.permissions().applyTo(current.grants()))
                .withProfile(command.name(), command.metadata(), command.attributes());
        participants.put(roomName, updated);
        events.publish(new RoomEvent.ParticipantUpdated(room, updated));
        if (!updated.grants().equals(current.grants())) {
            sessions.grantsChanged(room, updated);
        }
        return updated;
    }

}
