package dev.parley.application.session;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.application.port.in.JoinResult;
import dev.parley.application.port.in.JoinRoomCommand;
import dev.parley.application.port.in.JoinRoomUseCase;
import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.port.out.SessionLifecycle;
import dev.parley.application.roomkey.RoomKeyService;
import dev.parley.application.service.Authorizer;
import dev.parley.application.session.port.LiveChannel;
import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.domain.key.RotationReason;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.trust.TrustLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Participant sessions end to end: verifyToken (token, admission, messaging credential, room
 * key), renewal with the grants as they are now, and the consequences of administrative changes
 * on every live channel (messaging credentials revoked or reissued, SFU sessions closed, room key
 * rotated after a removal, in that order).
 */
public final class SessionService implements VerifyTokenUseCase, RenewSessionUseCase, SessionAdmissionUseCase, SessionLifecycle {

    /** Shortest session worth starting: a credential must outlive its own connection handshake. */
    private static final java.time.Duration MIN_SESSION = java.time.Duration.ofSeconds(5);

    private final VerifyAccessTokenUseCase verifier;
    private final JoinRoomUseCase join;
    private final RoomRepository rooms;
    private final ParticipantRepository participants;
    private final BanRepository bans;
    private final MintAccessTokenUseCase minter;
    private final MessagingGateway messaging;
    private final List<LiveChannel> liveChannels;
    private final RoomKeyService roomKeys;
    private final Authorizer authorizer;
    private final Clock clock;
    private final SessionSettings settings;

    public SessionService(VerifyAccessTokenUseCase verifier, JoinRoomUseCase join, RoomRepository rooms,
            ParticipantRepository participants, BanRepository bans, MintAccessTokenUseCase minter,
            MessagingGateway messaging, List<LiveChannel> liveChannels, RoomKeyService roomKeys,
            Authorizer authorizer, Clock clock, SessionSettings settings) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.join = Objects.requireNonNull(join, "join");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.bans = Objects.requireNonNull(bans, "bans");
        this.minter = Objects.requireNonNull(minter, "minter");
        this.messaging = Objects.requireNonNull(messaging, "messaging");
        this.liveChannels = List.copyOf(liveChannels);
        this.roomKeys = Objects.requireNonNull(roomKeys, "roomKeys");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public SessionGrant verifyToken(String token) {
        TokenClaims claims = verifier.verify(token, TokenPurpose.ACCESS);
        Identity identity = claims.subject().orElseThrow(() -> new UseCaseException(UseCaseException.Kind.INVALID,
                "token_has_no_identity", "an access token for a room must name the participant (sub)"));
        if (claims.room().isEmpty()) {
            throw new UseCaseException(UseCaseException.Kind.INVALID, "token_has_no_room",
                    "the token's video grant names no room");
        }
        RoomName roomName = RoomName.of(claims.room());
        // The session may be renewed until the token's exp plus the renewal grace, so its
        // credential may live that long and no longer. A token accepted only thanks to the
        // verifier's clock-skew leeway, with less than that left, starts no session (before any
        // admission is recorded).
        Instant now = clock.instant();
        Instant deadline = settings.credentialDeadline(now, claims.expiresAt());
        if (!deadline.isAfter(now.plus(MIN_SESSION))) {
            throw new UseCaseException(UseCaseException.Kind.UNAUTHENTICATED, "token_expired",
                    "the token has expired or expires too soon to start a session");
        }
        JoinResult joined = join.joinRoom(new JoinRoomCommand(roomName, identity, claims.name(), claims.metadata(),
                claims.attributes(), claims.kind(), claims.video(), settings.autoCreateRooms()));
        Room room = joined.room();
        joined.replaced().ifPresent(old -> participantReplaced(room, old));
        Participant participant = joined.participant();
        MessagingCredential credential = messaging.issue(new MessagingSession(roomName, participant.sid(), identity,
                MessagingAccess.of(participant.grants()), deadline));
        Optional<PrivateMessage.RoomKey> key = roomKeys.currentKey(room);
        // A successful admission is not a privileged action: it is announced as participant_joined
        // (structured log, webhooks, room events) and not written to the hash-chained audit log,
        // whose one-writer chain would cap joins at its commit rate; every refusal is audited.
        return new SessionGrant(room, participant, joined.others(), credential, room.policy().keyPolicy(), key,
                settings.renewalInterval(), claims.expiresAt());
    }

    @Override
    public RenewedSession renew(RoomName roomName, String participantSid, String token) {
        TokenClaims claims = verifier.verify(token, TokenPurpose.ACCESS);
        Instant now = clock.instant();
        Identity identity = claims.subject().orElse(null);
        Map<String, String> details = Map.of("sid", participantSid);
        Caller caller = Caller.withGrant(TrustLevel.PARTICIPANT, identity == null ? "" : identity.value(), claims.video());
        if (now.isAfter(claims.expiresAt().plus(settings.renewalGrace()))) {
            throw refuse(caller, roomName, details, "token_expired_beyond_grace",
                    "the token expired more than " + settings.renewalGrace().toSeconds() + " s ago");
        }
        if (identity == null || !claims.video().isForRoom(roomName.value())) {
            throw refuse(caller, roomName, details, "token_not_for_session", "the token does not belong to this session");
        }
        Optional<Room> room = rooms.find(roomName);
        if (room.isEmpty() || room.get().isEnded()) {
            throw refuse(caller, roomName, details, "room_ended", "the room has ended");
        }
        if (bans.bannedFrom(roomName).contains(identity)) {
            throw refuse(caller, roomName, details, "banned", "the participant is banned from the room");
        }
        Participant current = participants.rosterOf(roomName).find(identity)
                .filter(p -> p.sid().equals(participantSid))
                .orElseThrow(() -> refuse(caller, roomName, details, "session_not_found",
                        "the session was removed or replaced"));
        MintedToken minted = mintFor(current, roomName);
        MessagingCredential credential = messaging.issue(new MessagingSession(roomName, current.sid(), identity,
                MessagingAccess.of(current.grants()), settings.credentialDeadline(now, minted.claims().expiresAt())));
        // Refusals are audited (refuse below); a renewal that keeps a session as it is is not.
        return new RenewedSession(minted.token(), minted.claims().expiresAt(), current.grants(), credential);
    }

    @Override
    public boolean isAdmitted(RoomName roomName, Identity identity) {
        Optional<Room> room = rooms.find(roomName);
        return room.isPresent() && !room.get().isEnded()
                && participants.rosterOf(roomName).find(identity).isPresent()
                && !bans.bannedFrom(roomName).contains(identity);
    }

    @Override
    public void participantRemoved(Room room, Participant participant, String reason) {
        endEverywhere(room.name(), participant, reason);
        roomKeys.rotate(room, "banned".equals(reason) ? RotationReason.PARTICIPANT_BANNED : RotationReason.PARTICIPANT_REMOVED);
    }

    @Override
    public void participantReplaced(Room room, Participant old) {
        endEverywhere(room.name(), old, "replaced");
    }

    @Override
    public void grantsChanged(Room room, Participant updated) {
        Instant now = clock.instant();
        MintedToken minted = mintFor(updated, room.name());
        MessagingCredential credential = messaging.issue(new MessagingSession(room.name(), updated.sid(),
                updated.identity(), MessagingAccess.of(updated.grants()),
                settings.credentialDeadline(now, minted.claims().expiresAt())));
        messaging.sendPrivate(room.name(), updated.sid(), new PrivateMessage.CredentialsRefreshed(minted.token(), credential));
        messaging.revokeSession(room.name(), updated.sid(), credential.credentialId());
        for (LiveChannel channel : liveChannels) {
            channel.grantsChanged(room.name(), updated);
        }
    }

    @Override
    public void roomEnded(Room room, List<Participant> present) {
        for (Participant p : present) {
            endEverywhere(room.name(), p, "room_ended");
        }
        roomKeys.forget(room);
    }

    private void endEverywhere(RoomName room, Participant participant, String reason) {
        messaging.sendPrivate(room, participant.sid(), new PrivateMessage.SessionEnded(reason));
        messaging.revokeSession(room, participant.sid(), null);
        for (LiveChannel channel : liveChannels) {
            channel.endSession(room, participant, reason);
        }
    }

    private MintedToken mintFor(Participant participant, RoomName room) {
        return minter.mint(MintTokenCommand.builder()
                .identity(participant.identity())
                .room(room.value())
                .grants(participant.grants())
                .ttl(settings.tokenTtl())
                .name(participant.name())
                .metadata(participant.metadata())
                .attributes(participant.attributes())
                .kind(participant.kind())
                .build());
    }

    private UseCaseException refuse(Caller caller, RoomName room, Map<String, String> details, String code, String message) {
        authorizer.recordDenial(caller, "session.renew", code, room.value(), details);
        return new UseCaseException(UseCaseException.Kind.DENIED, code, message);
    }

}
