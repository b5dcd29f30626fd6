package dev.parley.adapter.nats.renewal;

import dev.parley.application.UseCaseException;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.application.session.RenewSessionUseCase;
import dev.parley.application.session.RenewedSession;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small hand-written renewal use case: accepts the token {@code good-<sid>}, refuses
 * {@code expired} as expired, refuses banned sessions, renews with the grant as it is now, and
 * issues the new messaging credential through the real gateway.
 */
class ScriptedRenewal implements RenewSessionUseCase {

    /** One call as the use case saw it. */
    record Call(RoomName room, String sid, String token, String thread) {
    }

    private final MessagingGateway gateway;
    final Map<String, VideoGrant> currentGrants = new ConcurrentHashMap<>();
    final Set<String> banned = ConcurrentHashMap.newKeySet();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    ScriptedRenewal(MessagingGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public RenewedSession renew(RoomName room, String participantSid, String token) {
        calls.add(new Call(room, participantSid, token, Thread.currentThread().getName()));
        if (token.equals("expired")) {
            throw new TokenRefusedException(TokenRefusal.EXPIRED, "expired beyond the grace period");
        }
        if (!token.equals("good-" + participantSid)) {
            throw new TokenRefusedException(TokenRefusal.SIGNATURE_INVALID, "signature does not match");
        }
        if (banned.contains(participantSid)) {
            throw new UseCaseException(UseCaseException.Kind.DENIED, "participant_banned", "the participant is banned");
        }
        VideoGrant grant = currentGrants.getOrDefault(participantSid, VideoGrant.join(room.value()));
        Instant expires = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        MessagingCredential credential = gateway.issue(new MessagingSession(room, participantSid,
                Identity.of("id-" + participantSid), MessagingAccess.of(grant), expires));
        return new RenewedSession("renewed-" + participantSid, expires, grant, credential);
    }
}
