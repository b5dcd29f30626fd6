package dev.parley.adapter.nats.renewal;

import dev.parley.adapter.nats.subject.NatsSubjects;
import dev.parley.adapter.nats.wire.MalformedRequestException;
import dev.parley.adapter.nats.wire.MessagingJson;
import dev.parley.application.UseCaseException;
import dev.parley.application.session.RenewSessionUseCase;
import dev.parley.application.session.RenewedSession;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.DomainViolation;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Answers token renewal requests on {@code parley.<room>.renew.<sid>} (queue group
 * {@value #QUEUE_GROUP}, so each request is handled by one Parley node).
 * <ul>
 *   <li>The room and session come from the subject, which NATS authenticated: a participant may
 *       publish only to its own renewal subject. The token comes from the body {@code {"token":"..."}}.</li>
 *   <li>A reply goes only to a reply subject inside the requesting session's own inbox
 *       ({@code parley.inbox.<sid>.…}); a request naming any other reply subject (another session's
 *       private subject, the room's events) is dropped, so a participant cannot make Parley write
 *       where it may not.</li>
 *   <li>The use case runs on {@code executor}, never on the NATS dispatcher thread; when the
 *       executor refuses work the reply is the error {@code busy}.</li>
 *   <li>Replies: {@code {"token","tokenExpiresAt","credential"}} or {@code {"error":{"code","message"}}}
 *       with the use case's code, the token refusal's code, or {@code request_invalid},
 *       {@code request_not_json}, {@code request_too_large}, {@code busy}, {@code internal_error}.</li>
 * </ul>
 * Tokens, credentials and bodies are never logged.
 */
public final class NatsRenewalResponder implements AutoCloseable {

    /** The queue group all Parley nodes share. */
    public static final String QUEUE_GROUP = "parley-renewal";

    private static final System.Logger LOG = System.getLogger(NatsRenewalResponder.class.getName());

    private final Connection connection;
    private final RenewSessionUseCase renewal;
    private final ExecutorService executor;
    private Dispatcher dispatcher;

    /**
     * @param connection Parley's service connection
     * @param renewal    the use case (wrapped by the caller in whatever transaction it needs)
     * @param executor   where requests are handled; bounded, so that a flood turns into {@code busy} replies
     */
    public NatsRenewalResponder(Connection connection, RenewSessionUseCase renewal, ExecutorService executor) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.renewal = Objects.requireNonNull(renewal, "renewal");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Subscribes; requests are answered from now on. */
    public synchronized void start() {
        if (dispatcher != null) {
            throw new IllegalStateException("already started");
        }
        dispatcher = connection.createDispatcher(this::onMessage);
        dispatcher.subscribe(NatsSubjects.RENEW_WILDCARD, QUEUE_GROUP);
    }

    private void onMessage(Message msg) {
        Optional<NatsSubjects> session = NatsSubjects.parseRenewSubject(msg.getSubject());
        String replyTo = msg.getReplyTo();
        if (session.isEmpty() || replyTo == null || !session.get().isOwnInbox(replyTo)) {
            LOG.log(System.Logger.Level.DEBUG, "renewal request without a reply subject in the session's own inbox dropped");
            return;
        }
        byte[] body = msg.getData();
        try {
            executor.execute(() -> reply(replyTo, handle(session.get(), body)));
        } catch (RejectedExecutionException e) {
            reply(replyTo, MessagingJson.error("busy", "too many renewal requests; retry shortly"));
        }
    }

    private byte[] handle(NatsSubjects session, byte[] body) {
        try {
            String token = MessagingJson.renewalToken(body);
            RenewedSession renewed = renewal.renew(session.room(), session.sid(), token);
            return MessagingJson.renewalReply(renewed);
        } catch (MalformedRequestException e) {
            return MessagingJson.error(e.code(), e.getMessage());
        } catch (TokenRefusedException e) {
            return MessagingJson.error(e.code(), "the token was refused");
        } catch (UseCaseException e) {
            return MessagingJson.error(e.code(), e.getMessage());
        } catch (DomainViolation e) {
            return MessagingJson.error(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "renewal failed for session " + session.sid() + ": "
                    + e.getClass().getSimpleName());
            return MessagingJson.error("internal_error", "the renewal could not be carried out");
        }
    }

    private void reply(String replyTo, byte[] body) {
        try {
            connection.publish(replyTo, body);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot send a renewal reply: " + e.getClass().getSimpleName());
        }
    }

    /** Unsubscribes; requests in flight still get their reply if the connection is open. */
    @Override
    public synchronized void close() {
        if (dispatcher != null) {
            connection.closeDispatcher(dispatcher);
            dispatcher = null;
        }
    }
}
