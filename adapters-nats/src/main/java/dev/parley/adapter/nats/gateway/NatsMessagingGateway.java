package dev.parley.adapter.nats.gateway;

import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.adapter.nats.subject.NatsSubjects;
import dev.parley.adapter.nats.wire.MessagingJson;
import dev.parley.application.UseCaseException;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.domain.room.RoomName;
import io.nats.client.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parley's messaging on NATS (operator/JWT mode).
 * <ul>
 *   <li>{@link #issue}: a fresh user key pair per credential; a user JWT signed by the application
 *       account with publish/subscribe allow lists computed from {@code session.access()} only
 *       ({@link NatsSubjects}), {@code exp} = the last second before the session's deadline (never later than
 *       {@code maxCredentialLifetime} from now), name = the session id (not the identity).</li>
 *   <li>{@link #revokeSession}: the session's other credentials go into the account JWT's
 *       revocation list, pushed to the servers ({@link AccountJwtUpdater}); live connections
 *       using them are closed by the server and cannot reconnect.</li>
 *   <li>{@link #sendPrivate} and {@link #publish}: JSON ({@link MessagingJson}) on the session's
 *       private subject and the room's events subject; never an event about a hidden participant.
 *       Payloads are never logged.</li>
 * </ul>
 */
public final class NatsMessagingGateway implements MessagingGateway, RoomEventPublisher {

    private static final System.Logger LOG = System.getLogger(NatsMessagingGateway.class.getName());
    private static final Duration PRIVATE_FLUSH_TIMEOUT = Duration.ofSeconds(1);

    private final NatsIdentities identities;
    private final Connection service;
    private final AccountJwtUpdater accountUpdater;
    private final List<String> websocketUrls;
    private final Duration maxCredentialLifetime;
    private final Clock clock;
    private final SessionCredentials credentials = new SessionCredentials();

    /**
     * @param identities            signs user JWTs (application account key)
     * @param service               Parley's service connection (application account, no allow lists)
     * @param accountUpdater        pushes revocations to the servers
     * @param websocketUrls         the URLs handed to participants
     * @param maxCredentialLifetime upper bound of a credential's lifetime
     * @param clock                 time source
     */
    public NatsMessagingGateway(NatsIdentities identities, Connection service, AccountJwtUpdater accountUpdater,
            List<String> websocketUrls, Duration maxCredentialLifetime, Clock clock) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.service = Objects.requireNonNull(service, "service");
        this.accountUpdater = Objects.requireNonNull(accountUpdater, "accountUpdater");
        this.websocketUrls = List.copyOf(websocketUrls);
        this.maxCredentialLifetime = Objects.requireNonNull(maxCredentialLifetime, "maxCredentialLifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MessagingCredential issue(MessagingSession session) {
        Objects.requireNonNull(session, "session");
        NatsSubjects subjects = NatsSubjects.of(session.room(), session.participantSid());
        long now = clock.instant().getEpochSecond();
        // nats-server 2.9 refuses a connect only when now > exp in whole seconds, so a JWT whose exp
        // is the deadline's second would still connect up to a second after it: exp is the last
        // whole second strictly before the deadline, so nothing connects once the deadline passed.
        long exp = Math.min(lastSecondBefore(session.expiresAt()), now + maxCredentialLifetime.toSeconds());
        if (exp <= now) {
            throw new IllegalArgumentException("the session's deadline has passed; no credential is issued");
        }
        NatsIdentities.SignedUser user = identities.signParticipant(session.participantSid(), now, exp,
                subjects.publishAllow(session.access()), subjects.subscribeAllow(session.access()));
        String userPub = user.publicKey();
        String jwt = user.jwt();
        char[] seed = user.seed();
        String seedText = new String(seed);
        Arrays.fill(seed, '\0');
        user.clear();
        credentials.add(session.room().value(), session.participantSid(), new IssuedCredential(userPub, now, exp), now);
        return new MessagingCredential(userPub, jwt, seedText, websocketUrls, subjects.names(session.access()),
                subjects.inboxPrefix(), Instant.ofEpochSecond(exp));
    }

    /**
     * {@inheritDoc}
     * <p>
     * Returns once the server has received the message (a flush), so that a revocation that
     * follows (sent on another connection) cannot close the session before its
     * {@code session_ended} or {@code credentials_refreshed} message is on its way.
     */
    private static long lastSecondBefore(Instant deadline) {
        long s = deadline.getEpochSecond();
        return deadline.getNano() == 0 ? s - 1 : s;
    }

    @Override
    public void sendPrivate(RoomName room, String participantSid, PrivateMessage message) {
        Objects.requireNonNull(message, "message");
        String subject = NatsSubjects.of(room, participantSid).privateSubject();
        publishQuietly(subject, MessagingJson.privateMessage(message), message.type());
        try {
            service.flush(PRIVATE_FLUSH_TIMEOUT);
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a " + message.type() + " message was not confirmed by the NATS server in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws UseCaseException {@code messaging_unavailable} when the servers could not be updated;
     *         the revocation is kept and retried (next update, reconnect, periodic retry)
     */
    @Override
    public void revokeSession(RoomName room, String participantSid, String keepCredentialId) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(participantSid, "participantSid");
        long now = clock.instant().getEpochSecond();
        List<IssuedCredential> revoked = credentials.removeAllExcept(room.value(), participantSid, keepCredentialId, now);
        try {
            accountUpdater.revoke(revoked);
        } catch (AccountUpdateException e) {
            LOG.log(System.Logger.Level.WARNING, "revocation of " + revoked.size() + " credential(s) of session "
                    + participantSid + " not yet on the NATS servers (will retry): " + e.getMessage());
            throw new UseCaseException(UseCaseException.Kind.UNAVAILABLE, "messaging_unavailable",
                    "the messaging servers could not be updated; the revocation will be retried");
        }
    }

    @Override
    public void publish(RoomEvent event) {
        Objects.requireNonNull(event, "event");
        Optional<byte[]> body = MessagingJson.roomEvent(event);
        if (body.isEmpty()) {
            return;
        }
        publishQuietly(NatsSubjects.events(event.room().name()), body.get(), event.eventName());
    }

    /** jnats buffers the message (also while reconnecting); it never blocks on slow receivers. */
    private void publishQuietly(String subject, byte[] body, String kind) {
        try {
            service.publish(subject, body);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot publish a " + kind + " message to NATS: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Housekeeping: forgets expired credentials (their JWTs are refused by the servers anyway). */
    public void sweep() {
        credentials.sweep(clock.instant().getEpochSecond());
    }

    /** How many sessions hold an unexpired credential issued by this node. */
    public int trackedSessions() {
        return credentials.sessions();
    }
}
