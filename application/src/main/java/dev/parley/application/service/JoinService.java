package dev.parley.application.service;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.in.JoinResult;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.port.in.JoinRoomUseCase;
import dev.parley.application.port.in.LeaveRoomUseCase;
import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.IdGenerator;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.domain.grant.Action;
import dev.parley.domain.participant.Admission;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.room.RoomState;
import dev.parley.domain.trust.TrustLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Admits verified participants to rooms and records their departures. */
public final class JoinService implements JoinRoomUseCase, LeaveRoomUseCase {

    private final RoomRepository rooms;
    private final ParticipantRepository participants;
    private final BanRepository bans;
    private final RoomEventPublisher events;
    private final IdGenerator ids;
    private final Authorizer authorizer;
    private final Clock clock;

    public JoinService(RoomRepository rooms, ParticipantRepository participants, BanRepository bans,
            RoomEventPublisher events, IdGenerator ids, Authorizer authorizer, Clock clock) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.bans = Objects.requireNonNull(bans, "bans");
        this.events = Objects.requireNonNull(events, "events");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public JoinResult joinRoom(JoinRoomCommand command) {
        Caller caller = Caller.withGrant(TrustLevel.PARTICIPANT, command.identity().value(), command.grant());
        Map<String, String> details = Map.of("identity", command.identity().value());
        authorizer.require(caller, new Action.JoinRoom(command.room()), "participant.join", command.room().value(), details);
        Instant now = clock.instant();
        Room room = roomToJoin(caller, command, now);
        Participant newcomer = new Participant(command.identity(), ids.newParticipantSid(), command.name(),
                command.metadata(), command.attributes(), command.kind(), command.grant(), now);
        Admission admission = participants.rosterOf(room.name()).admit(room, newcomer, bans.bannedFrom(room.name()));
        if (admission instanceof Admission.Refused refused) {
            authorizer.recordDenial(caller, "participant.join", refused.reason().code(), room.name().value(), details);
            throw UseCaseException.denied(refused.reason());
        }
        Admission.Admitted admitted = (Admission.Admitted) admission;
        participants.put(room.name(), newcomer);
        // Only the first join changes the room (CREATED -> ACTIVE); later joins into an ACTIVE room
        // leave its row alone: the departure timeout counts from the last departure, which
        // recordDeparture writes, so the join time is never read (and every join writing the room
        // row would serialize a busy room's joins on that row).
        Room active = room.state() == RoomState.ACTIVE ? room : room.activate(now);
        if (active != room) {
            rooms.update(active);
        }
        admitted.replaced().filter(old -> !old.isHidden())
                .ifPresent(old -> events.publish(new RoomEvent.ParticipantLeft(active, old, "replaced")));
        if (!newcomer.isHidden()) {
            events.publish(new RoomEvent.ParticipantJoined(active, newcomer));
        }
        return new JoinResult(active, newcomer, admitted.replaced(),
                admitted.roster().visibleTo(newcomer.identity()).stream()
                        .filter(p -> !p.identity().equals(newcomer.identity())).toList());
    }

    @Override
    public void leaveRoom(RoomName roomName, Identity identity, String sid) {
        Optional<Room> room = rooms.find(roomName).filter(r -> !r.isEnded());
        if (room.isEmpty()) {
            return;
        }
        Optional<Participant> present = participants.rosterOf(roomName).find(identity).filter(p -> p.sid().equals(sid));
        if (present.isEmpty()) {
            return;
        }
        participants.remove(roomName, identity);
        Room touched = room.get().recordDeparture(clock.instant());
        rooms.update(touched);
        if (!present.get().isHidden()) {
            events.publish(new RoomEvent.ParticipantLeft(touched, present.get(), "left"));
        }
    }

    private Room roomToJoin(Caller caller, JoinRoomCommand command, Instant now) {
        Optional<Room> existing = rooms.find(command.room());
        if (existing.isPresent() && existing.get().isEnded()) {
            authorizer.recordDenial(caller, "participant.join", "room_ended", command.room().value(), Map.of());
            throw new UseCaseException(UseCaseException.Kind.DENIED, "room_ended", "room " + command.room() + " has ended");
        }
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!command.autoCreate() || !command.grant().roomCreate()) {
            throw UseCaseException.roomNotFound(command.room().value());
        }
        Room created = Room.create(command.room(), ids.newRoomSid(), RoomPolicy.defaults(), "", now);
        if (!rooms.add(created)) {
            return rooms.find(command.room()).orElseThrow(() -> UseCaseException.roomNotFound(command.room().value()));
        }
        events.publish(new RoomEvent.RoomStarted(created));
        return created;
    }
}
