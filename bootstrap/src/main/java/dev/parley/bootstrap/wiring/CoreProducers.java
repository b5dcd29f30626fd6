package dev.parley.bootstrap.wiring;

import dev.parley.adapter.persistence.JpaBanRepository;
import dev.parley.adapter.persistence.JpaParticipantRepository;
import dev.parley.adapter.persistence.JpaRoomRepository;
import dev.parley.adapter.persistence.PersistenceUnit;
import dev.parley.application.audit.AuditVerificationService;
import dev.parley.application.audit.VerifyAuditLogUseCase;
import dev.parley.application.port.in.CloseIdleRoomsUseCase;
import dev.parley.application.port.in.CreateRoomUseCase;
import dev.parley.application.port.in.DeleteRoomUseCase;
import dev.parley.application.port.in.GetRoomUseCase;
import dev.parley.application.port.in.JoinRoomUseCase;
import dev.parley.application.port.in.LeaveRoomUseCase;
import dev.parley.application.port.in.ListParticipantsUseCase;
import dev.parley.application.port.in.ListRoomsUseCase;
import dev.parley.application.port.in.RemoveParticipantUseCase;
import dev.parley.application.port.in.UpdateParticipantUseCase;
import dev.parley.application.port.in.UpdateRoomMetadataUseCase;
import dev.parley.application.port.out.BanRepository;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.service.Authorizer;
import dev.parley.application.token.RevokeAccessTokenUseCase;
import dev.parley.application.service.JoinService;
import dev.parley.application.service.ParticipantAdministrationService;
import dev.parley.application.service.RoomAdministrationService;
import dev.parley.domain.grant.AccessPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import dev.parley.adapter.persistence.JpaRoomKeyRepository;
import dev.parley.application.feature.ServerFeatureService;
import dev.parley.application.feature.StartServerFeatureUseCase;
import dev.parley.application.roomkey.RoomKeyAdministrationService;
import dev.parley.application.roomkey.RoomKeyService;
import dev.parley.application.roomkey.RotateRoomKeyUseCase;
import dev.parley.application.session.RenewSessionUseCase;
import dev.parley.application.session.SessionAdmissionUseCase;
import dev.parley.application.session.SessionService;
import dev.parley.application.session.SessionSettings;
import dev.parley.application.session.VerifyTokenUseCase;
import dev.parley.application.session.port.LiveChannel;
import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.application.token.port.KeyMaterialGenerator;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.bootstrap.config.SessionConfig;
import dev.parley.bootstrap.messaging.MessagingRuntime;
import jakarta.enterprise.inject.Instance;
import dev.parley.adapter.persistence.JpaWebhookOutbox;
import dev.parley.application.webhook.OutboxRoomEventPublisher;

/**
 * Builds the application's services once, with {@code new}, over the real adapters, and offers
 * each in-port for injection. The services carry no annotations (ARCHITECTURE.md §2); the
 * container-managed, transaction-scoped EntityManager makes the repositories safe to share.
 * Callers open the transaction (one per use case) at the driving adapter.
 */
@ApplicationScoped
public class CoreProducers {

    @PersistenceContext(unitName = PersistenceUnit.NAME)
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private RevokeAccessTokenUseCase revokeTokens;

    @Inject
    private WebhookConfig webhooks;

    @Inject
    private MessagingRuntime messaging;

    @Inject
    private SessionConfig sessionConfig;

    @Inject
    private VerifyAccessTokenUseCase verifyTokens;

    @Inject
    private MintAccessTokenUseCase mintTokens;

    @Inject
    private SecretSealer sealer;

    @Inject
    private KeyMaterialGenerator keyMaterial;

    @Inject
    private Instance<LiveChannel> liveChannels;

    private RoomAdministrationService roomAdministration;
    private ParticipantAdministrationService participantAdministration;
    private JoinService join;
    private AuditVerificationService auditVerification;
    private SessionService sessions;
    private RoomKeyService roomKeys;
    private RoomKeyAdministrationService roomKeyAdministration;
    private ServerFeatureService serverFeatures;

    @PostConstruct
    void build() {
        Clock clock = Clock.systemUTC();
        RoomRepository rooms = new JpaRoomRepository(em);
        ParticipantRepository participants = new JpaParticipantRepository(em);
        BanRepository bans = new JpaBanRepository(em);
        List<RoomEventPublisher> publishers = new ArrayList<>(List.of(new LoggingRoomEventPublisher(), messaging));
        if (!webhooks.endpoints().isEmpty()) {
            publishers.add(new OutboxRoomEventPublisher(new JpaWebhookOutbox(em), participants, webhooks.endpoints(), clock));
        }
        RoomEventPublisher events = new FanOutRoomEventPublisher(publishers);
        SecureRandomIds ids = new SecureRandomIds();
        Authorizer authorizer = new Authorizer(AccessPolicy.standard(), audit, clock);
        join = new JoinService(rooms, participants, bans, events, ids, authorizer, clock);
        roomKeys = new RoomKeyService(new JpaRoomKeyRepository(em), sealer, keyMaterial, participants, rooms, messaging,
                events, clock, sessionConfig.keyRotationInterval());
        sessions = new SessionService(verifyTokens, join, rooms, participants, bans, mintTokens, messaging,
                liveChannels.stream().toList(), roomKeys, authorizer, clock,
                new SessionSettings(sessionConfig.renewalInterval(), sessionConfig.renewalGrace(), sessionConfig.tokenTtl(),
                        sessionConfig.autoCreateRooms()));
        roomAdministration = new RoomAdministrationService(rooms, participants, bans, events, ids, authorizer, clock, sessions);
        participantAdministration = new ParticipantAdministrationService(rooms, participants, bans, events,
                revokeTokens, authorizer, clock, sessions);
        roomKeyAdministration = new RoomKeyAdministrationService(rooms, roomKeys, authorizer);
        serverFeatures = new ServerFeatureService(rooms, authorizer);
        auditVerification = new AuditVerificationService(new JpaAuditIntegrity(em), authorizer);
    }

    @Produces
    CreateRoomUseCase createRoom() {
        return roomAdministration;
    }

    @Produces
    ListRoomsUseCase listRooms() {
        return roomAdministration;
    }

    @Produces
    GetRoomUseCase getRoom() {
        return roomAdministration;
    }

    @Produces
    DeleteRoomUseCase deleteRoom() {
        return roomAdministration;
    }

    @Produces
    UpdateRoomMetadataUseCase updateRoomMetadata() {
        return roomAdministration;
    }

    @Produces
    CloseIdleRoomsUseCase closeIdleRooms() {
        return roomAdministration;
    }

    @Produces
    ListParticipantsUseCase listParticipants() {
        return participantAdministration;
    }

    @Produces
    RemoveParticipantUseCase removeParticipant() {
        return participantAdministration;
    }

    @Produces
    UpdateParticipantUseCase updateParticipant() {
        return participantAdministration;
    }

    @Produces
    JoinRoomUseCase joinRoom() {
        return join;
    }

    @Produces
    LeaveRoomUseCase leaveRoom() {
        return join;
    }

    @Produces
    VerifyAuditLogUseCase verifyAuditLog() {
        return auditVerification;
    }

    @Produces
    VerifyTokenUseCase verifyToken() {
        return sessions;
    }

    @Produces
    RenewSessionUseCase renewSession() {
        return sessions;
    }

    @Produces
    SessionAdmissionUseCase sessionAdmission() {
        return sessions;
    }

    @Produces
    RotateRoomKeyUseCase rotateRoomKey() {
        return roomKeyAdministration;
    }

    @Produces
    StartServerFeatureUseCase startServerFeature() {
        return serverFeatures;
    }

    /** Room keys, for the housekeeping that rotates them on schedule. */
    @Produces
    RoomKeyService roomKeys() {
        return roomKeys;
    }
}
