package dev.parley.application.session;

import dev.parley.application.Caller;
import dev.parley.application.fake.InMemoryBanRepository;
import dev.parley.application.fake.InMemoryParticipantRepository;
import dev.parley.application.fake.InMemoryRoomRepository;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.fake.RecordingEventPublisher;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.messaging.fake.RecordingMessagingGateway;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.application.roomkey.RoomKeyService;
import dev.parley.application.roomkey.fake.InMemoryRoomKeyRepository;
import dev.parley.application.service.Authorizer;
import dev.parley.application.service.JoinService;
import dev.parley.application.service.ParticipantAdministrationService;
import dev.parley.application.service.RoomAdministrationService;
import dev.parley.application.session.port.LiveChannel;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenRevocationService;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session, administration and room-key services wired as bootstrap wires them, over the
 * in-memory fakes of their out-ports and the real token services (fake codec). One shared log
 * records the effects on messaging and on the media channel in order.
 */
final class SessionTestBed {

    static final String KEY = "APIsessions";
    final List<String> log = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final InMemoryRoomRepository rooms = new InMemoryRoomRepository();
    final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
    final InMemoryBanRepository bans = new InMemoryBanRepository();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final SequentialIdGenerator ids = new SequentialIdGenerator();
    final Authorizer authorizer = new Authorizer(AccessPolicy.standard(), audit, clock);
    final InMemoryKeyRingStore keyStore = new InMemoryKeyRingStore();
    final FakeSecretSealer sealer = new FakeSecretSealer();
    final FakeKeyMaterialGenerator generator = new FakeKeyMaterialGenerator(11);
    final KeyRingService keyRing = new KeyRingService(keyStore, sealer, generator, clock, TokenPolicy.defaults());
    final FakeJwtCodec codec = new FakeJwtCodec();
    final InMemoryRevocationList revocations = new InMemoryRevocationList();
    final TokenMintingService minter = new TokenMintingService(codec, new KeyRing(keyStore, sealer), clock, TokenPolicy.defaults());
    final TokenVerificationService verifier =
            new TokenVerificationService(codec, new KeyRing(keyStore, sealer), revocations, clock, TokenPolicy.defaults());
    final TokenRevocationService revoker = new TokenRevocationService(revocations, clock, TokenPolicy.defaults());
    final RecordingMessagingGateway messaging = new RecordingMessagingGateway(log);
    final InMemoryRoomKeyRepository roomKeyStore = new InMemoryRoomKeyRepository();
    final RoomKeyService roomKeys = new RoomKeyService(roomKeyStore, sealer, generator, participants, rooms, messaging,
            events, clock, Duration.ofHours(1));
    final JoinService join = new JoinService(rooms, participants, bans, events, ids, authorizer, clock);
    final LiveChannel media = new LiveChannel() {
        @Override
        public void endSession(RoomName room, Participant participant, String reason) {
            log.add("media-end:" + participant.sid() + ":" + reason);
        }

        @Override
        public void grantsChanged(RoomName room, Participant updated) {
            log.add("media-grants:" + updated.sid());
        }
    };
    final SessionService sessions = new SessionService(verifier, join, rooms, participants, bans, minter, messaging,
            List.of(media), roomKeys, authorizer, clock, SessionSettings.defaults());
    final RoomAdministrationService roomAdmin =
            new RoomAdministrationService(rooms, participants, bans, events, ids, authorizer, clock, sessions);
    final ParticipantAdministrationService participantAdmin =
            new ParticipantAdministrationService(rooms, participants, bans, events, revoker, authorizer, clock, sessions);
    final Caller server = Caller.server(KEY);

    SessionTestBed() {
        keyRing.importSecret(KEY, "session-secret-0123456789-abcdefghijklmnop");
    }

    void createRoom(String name, KeyPolicy keyPolicy) {
        roomAdmin.createRoom(server, new CreateRoomCommand(RoomName.of(name),
                RoomPolicy.defaults().withKeyPolicy(keyPolicy), ""));
    }

    String token(String room, String identity, VideoGrant grant, Duration ttl) {
        return minter.mint(MintTokenCommand.builder().identity(Identity.of(identity)).room(room).grants(grant).ttl(ttl)
                .build()).token();
    }

    String token(String room, String identity) {
        return token(room, identity, VideoGrant.join(room), Duration.ofMinutes(10));
    }
}
