package dev.parley.application.service;

import dev.parley.application.fake.RecordingSessionLifecycle;
import dev.parley.application.fake.InMemoryBanRepository;
import dev.parley.application.fake.InMemoryParticipantRepository;
import dev.parley.application.fake.InMemoryRoomRepository;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.fake.RecordingEventPublisher;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenRevocationService;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.util.Map;

/** The services wired over in-memory fakes, as bootstrap wires them over real adapters. */
final class ServiceFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final InMemoryRoomRepository rooms = new InMemoryRoomRepository();
    final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    final InMemoryBanRepository bans = new InMemoryBanRepository();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final RecordingSessionLifecycle sessions = new RecordingSessionLifecycle();
    final SequentialIdGenerator ids = new SequentialIdGenerator();
    final Authorizer authorizer = new Authorizer(AccessPolicy.standard(), audit, clock);
    final RoomAdministrationService roomAdmin =
            new RoomAdministrationService(rooms, participants, bans, events, ids, authorizer, clock, sessions);
    final InMemoryRevocationList revocations = new InMemoryRevocationList();
    final TokenRevocationService tokenRevocation = new TokenRevocationService(revocations, clock, TokenPolicy.defaults());
    final ParticipantAdministrationService participantAdmin =
            new ParticipantAdministrationService(rooms, participants, bans, events, tokenRevocation, authorizer, clock, sessions);
    final JoinService join = new JoinService(rooms, participants, bans, events, ids, authorizer, clock);

    static JoinRoomCommand joinAs(String room, String identity, VideoGrant grant) {
        return new JoinRoomCommand(RoomName.of(room), Identity.of(identity), identity, "", Map.of(),
                ParticipantKind.STANDARD, grant, false);
    }

    static JoinRoomCommand joinAs(String room, String identity) {
        return joinAs(room, identity, VideoGrant.join(room));
    }
}
