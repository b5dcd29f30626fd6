package dev.parley.application.service;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.in.CloseIdleRoomsUseCase;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.port.in.CreateRoomUseCase;
import dev.parley.application.port.in.DeleteRoomUseCase;
import dev.parley.application.port.in.GetRoomUseCase;
import dev.parley.application.port.in.ListRoomsUseCase;
import dev.parley.application.port.in.RoomView;
import dev.parley.application.port.in.UpdateRoomMetadataUseCase;
import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.IdGenerator;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.port.out.SessionLifecycle;
import dev.parley.domain.grant.Action;
import dev.parley.domain.grant.AdminOperation;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.Roster;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Room administration: create, list, read, delete, change metadata, and close idle rooms. */
public final class RoomAdministrationService implements CreateRoomUseCase, ListRoomsUseCase, GetRoomUseCase,
        DeleteRoomUseCase, UpdateRoomMetadataUseCase, CloseIdleRoomsUseCase {

    private final RoomRepository rooms;
    private final ParticipantRepository participants;
    private final BanRepository bans;
    private final RoomEventPublisher events;
    private final IdGenerator ids;
    private final Authorizer authorizer;
    private final Clock clock;
    private final SessionLifecycle sessions;

    public RoomAdministrationService(RoomRepository rooms, ParticipantRepository participants, BanRepository bans,
            RoomEventPublisher events, IdGenerator ids, Authorizer authorizer, Clock clock, SessionLifecycle sessions) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.bans = Objects.requireNonNull(bans, "bans");
        this.events = Objects.requireNonNull(events, "events");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public RoomView createRoom(Caller caller, CreateRoomCommand command) {
        authorizer.requirePrivileged(caller, new Action.CreateRoom(command.name()), "room.create",
                command.name().value(), Map.of());
        Optional<Room> existing = rooms.find(command.name());
        if (existing.isPresent() && !existing.get().isEnded()) {
            return view(existing.get());
        }
        existing.ifPresent(ended -> forget(ended.name()));
        Room room = Room.create(command.name(), ids.newRoomSid(), command.policy(), command.metadata(), clock.instant());
        if (!rooms.add(room)) {
            // Another caller created it between our read and write: LiveKit semantics, return theirs.
            return view(rooms.find(command.name()).orElseThrow(() -> UseCaseException.roomNotFound(command.name().value())));
        }
        events.publish(new RoomEvent.RoomStarted(room));
        return view(room);
    }

    @Override
    public List<RoomView> listRooms(Caller caller, Set<RoomName> names) {
        authorizer.require(caller, new Action.ListRooms(), "room.list", "", Map.of());
        List<RoomView> out = new ArrayList<>();
        for (Room room : rooms.findOpen()) {
            if (names.isEmpty() || names.contains(room.name())) {
                out.add(view(room));
            }
        }
        return out;
    }

    @Override
    public RoomView getRoom(Caller caller, RoomName name) {
        authorizer.require(caller, new Action.ListRooms(), "room.get", name.value(), Map.of());
        return view(OpenRooms.require(rooms, name));
    }

    @Override
    public void deleteRoom(Caller caller, RoomName name) {
        authorizer.requirePrivileged(caller, new Action.DeleteRoom(name), "room.delete", name.value(), Map.of());
        Room ended = OpenRooms.require(rooms, name).end(clock.instant());
        endAndEmpty(ended, "room_deleted");
    }

    @Override
    public RoomView updateRoomMetadata(Caller caller, RoomName name, String metadata) {
        authorizer.requirePrivileged(caller, new Action.AdministerRoom(name, AdminOperation.UPDATE_ROOM_METADATA),
                "room.update_metadata", name.value(), Map.of());
        Room updated = OpenRooms.require(rooms, name).withMetadata(metadata);
        rooms.update(updated);
        events.publish(new RoomEvent.RoomMetadataChanged(updated));
        return view(updated);
    }

    @Override
    public List<RoomName> closeIdleRooms() {
        Instant now = clock.instant();
        List<RoomName> closed = new ArrayList<>();
        for (Room room : rooms.findOpen()) {
            Roster roster = participants.rosterOf(room.name());
            Optional<Instant> closesAt = room.closesWhenEmptyAt(roster.size());
            if (closesAt.isPresent() && !closesAt.get().isAfter(now)) {
                endAndEmpty(room.end(now), "room_closed");
                closed.add(room.name());
            }
        }
        return closed;
    }

    /** Ends the room: everybody visible is reported as having left (LiveKit's order), then the room finishes. */
    private void endAndEmpty(Room ended, String reason) {
        List<Participant> present = participants.rosterOf(ended.name()).all();
        for (Participant p : present) {
            if (!p.isHidden()) {
                events.publish(new RoomEvent.ParticipantLeft(ended, p, reason));
            }
        }
        participants.removeAll(ended.name());
        rooms.update(ended);
        events.publish(new RoomEvent.RoomFinished(ended));
        sessions.roomEnded(ended, present);
    }

    private void forget(RoomName name) {
        participants.removeAll(name);
        bans.removeAll(name);
        rooms.delete(name);
    }


    private RoomView view(Room room) {
        Roster roster = participants.rosterOf(room.name());
        return new RoomView(room, roster.visibleCount(), roster.size() - roster.visibleCount());
    }
}
