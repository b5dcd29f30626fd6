package dev.parley.application.webhook;

import dev.parley.application.port.out.AuditLog;
import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.webhook.port.OutboxEntry;
import dev.parley.application.webhook.port.WebhookOutbox;
import dev.parley.application.webhook.port.WebhookSendException;
import dev.parley.application.webhook.port.WebhookSender;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.trust.TrustLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Delivers the webhooks of the outbox, LiveKit's way and durably.
 *
 * <p>Each {@link #deliverDue()} claims due messages (a lease: several workers on several nodes
 * may run rounds at once), and posts each to its endpoint with {@code Content-Type:
 * application/webhook+json} and {@code Authorization: <JWT>} where the JWT is minted for the
 * attempt: purpose WEBHOOK, {@code iss} = the signing API key, a five-minute lifetime and
 * {@code sha256} = base64(SHA-256(the body bytes)). A 2xx status marks the message delivered;
 * anything else (another status, no answer, no signing key, the endpoint no longer configured)
 * is a failure: the message waits {@link WebhookSettings#backoffAfter} (1 s doubling to 5 min,
 * with jitter, by default) and is tried again, until its maximum age (24 h by default) has
 * passed; the first failure after that abandons it, which the audit log records
 * ({@code webhook.deliver}, reason {@code webhook_abandoned}) and the outbox keeps. Nothing is
 * dropped for being slow: a receiver that is slow or down only makes its own streams wait.
 *
 * <p>Messages of one stream (room + endpoint) are posted in order, one at a time: when one
 * fails, the later ones of its stream are handed back untried and wait for it.
 *
 * <p>Transactions: each outbox call is meant to run in a short transaction of its own; no
 * transaction is open while a message is posted (the business transaction that appended it has
 * long committed). Thread-safe; the caller schedules rounds (run one again at once while
 * {@link DeliveryRound#foundWork()}, otherwise wait a poll interval).
 */
public final class WebhookDeliveryService {

    /** Time kept in hand at the end of a lease: an attempt starts only if it ends this much before the lease does. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger("parley.webhooks");
    private static final String AUDIT_ACTION = "webhook.deliver";
    private static final String AUDIT_REASON = "webhook_abandoned";
    private static final String AUDIT_ACTOR = "parley";

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final MintAccessTokenUseCase tokens;
    private final AuditLog audit;
    private final WebhookSettings settings;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Supplier<String> claimIds;

    /** The service with random jitter and random claim ids. */
    public WebhookDeliveryService(WebhookOutbox outbox, WebhookSender sender, MintAccessTokenUseCase tokens, AuditLog audit,
            WebhookSettings settings, Clock clock) {
        this(outbox, sender, tokens, audit, settings, clock, () -> ThreadLocalRandom.current().nextDouble(),
                () -> UUID.randomUUID().toString());
    }

    /**
     * The service with the jitter's random numbers (each in [0, 1)) and claim ids (unique, at most
     * 64 printable ASCII characters) from the given sources.
     *
     * @throws IllegalArgumentException when the lease is too short for even one attempt
     */
    public WebhookDeliveryService(WebhookOutbox outbox, WebhookSender sender, MintAccessTokenUseCase tokens, AuditLog audit,
            WebhookSettings settings, Clock clock, DoubleSupplier random, Supplier<String> claimIds) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.claimIds = Objects.requireNonNull(claimIds, "claimIds");
        Duration oneAttempt = sender.maxAttemptDuration().plus(LEASE_MARGIN);
        if (settings.lease().compareTo(oneAttempt) <= 0) {
            throw new IllegalArgumentException("the lease (" + settings.lease() + ") must be longer than one attempt ("
                    + oneAttempt + ")");
        }
    }

    /** Claims the due messages and delivers them; see the class comment. */
    public DeliveryRound deliverDue() {
        Instant now = clock.instant();
        String claimant = claimIds.get();
        Instant leaseEnd = now.plus(settings.lease());
        List<OutboxEntry> claimed = outbox.claim(now, settings.maxStreams(), settings.perStream(), settings.lease(), claimant);
        Map<String, List<OutboxEntry>> streams = new LinkedHashMap<>();
        for (OutboxEntry e : claimed) {
            streams.computeIfAbsent(e.message().stream(), k -> new ArrayList<>()).add(e);
        }
        Tally tally = new Tally();
        boolean leaseRanShort = false;
        for (List<OutboxEntry> stream : streams.values()) {
            for (int i = 0; i < stream.size(); i++) {
                OutboxEntry entry = stream.get(i);
                if (leaseRanShort || !attemptFitsLease(leaseEnd)) {
                    leaseRanShort = true;
                    releaseFrom(stream, i, claimant, tally);
                    break;
                }
                if (!deliverOne(entry, claimant, tally)) {
                    releaseFrom(stream, i + 1, claimant, tally);
                    break;
                }
            }
        }
        return new DeliveryRound(claimed.size(), tally.delivered, tally.retried, tally.abandoned, tally.released, tally.lost);
    }

    /** Deletes messages delivered longer ago than the retention; returns how many. */
    public int purgeDelivered() {
        return outbox.purgeDelivered(clock.instant().minus(settings.retention()));
    }

    /** The settings in force. */
    public WebhookSettings settings() {
        return settings;
    }

    private boolean attemptFitsLease(Instant leaseEnd) {
        return !clock.instant().plus(sender.maxAttemptDuration()).plus(LEASE_MARGIN).isAfter(leaseEnd);
    }

    /** Attempts {@code entry} and records the outcome; true when the stream may go on with its next message. */
    private boolean deliverOne(OutboxEntry entry, String claimant, Tally tally) {
        Optional<String> failure = attempt(entry);
        Instant at = clock.instant();
        long seq = entry.sequence();
        if (failure.isEmpty()) {
            if (outbox.markDelivered(seq, claimant, at)) {
                tally.delivered++;
                LOG.log(System.Logger.Level.DEBUG, () -> "webhook delivered: " + describe(entry));
                return true;
            }
            tally.lost++;
            return false; // another worker holds the stream now
        }
        String error = failure.get();
        int attempts = entry.attempts() + 1;
        Instant deadline = entry.createdAt().plus(settings.maxAge());
        if (!at.isBefore(deadline)) {
            if (!outbox.markAbandoned(seq, claimant, attempts, error, at)) {
                tally.lost++;
                return false;
            }
            tally.abandoned++;
            recordAbandoned(entry, attempts, error, at);
            return true; // the stream goes on: the abandoned message is final
        }
        Instant next = at.plus(settings.backoffAfter(attempts, random.getAsDouble()));
        if (next.isAfter(deadline)) {
            next = deadline; // one last attempt at the deadline, never a give-up before it
        }
        if (outbox.markFailed(seq, claimant, attempts, error, next)) {
            tally.retried++;
            Instant when = next;
            LOG.log(System.Logger.Level.DEBUG, () -> "webhook attempt failed (" + error + "), next at " + when + ": " + describe(entry));
        } else {
            tally.lost++;
        }
        return false;
    }

    /** One attempt: empty when delivered, else why not (a short code, no secret, no URL). */
    private Optional<String> attempt(OutboxEntry entry) {
        Optional<WebhookEndpoint> endpoint = settings.endpoint(entry.message().endpointId());
        if (endpoint.isEmpty()) {
            return Optional.of("endpoint_not_configured");
        }
        byte[] body = entry.message().body().getBytes(StandardCharsets.UTF_8);
        String authorization;
        try {
            authorization = tokens.mint(MintTokenCommand.builder()
                    .keyId(settings.signingKeyId().orElse(null))
                    .sha256(sha256Base64(body))
                    .purpose(TokenPurpose.WEBHOOK)
                    .ttl(WebhookSettings.TOKEN_TTL)
                    .build()).token();
        } catch (TokenRefusedException e) {
            return Optional.of("signing_failed:" + e.refusal().code());
        } catch (RuntimeException e) {
            return Optional.of("signing_failed:" + e.getClass().getSimpleName());
        }
        try {
            int status = sender.post(endpoint.get().url(), body, authorization);
            return status >= 200 && status <= 299 ? Optional.empty() : Optional.of("http_" + status);
        } catch (WebhookSendException e) {
            return Optional.of(e.reason());
        } catch (RuntimeException e) {
            return Optional.of("sender_error:" + e.getClass().getSimpleName());
        }
    }

    /** base64 (standard alphabet, padded) of the SHA-256 of {@code body}: the JWT's {@code sha256} claim. */
    static String sha256Base64(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private void releaseFrom(List<OutboxEntry> stream, int from, String claimant, Tally tally) {
        for (int i = from; i < stream.size(); i++) {
            if (outbox.release(stream.get(i).sequence(), claimant)) {
                tally.released++;
            }
        }
    }

    private void recordAbandoned(OutboxEntry entry, int attempts, String error, Instant at) {
        LOG.log(System.Logger.Level.WARNING, () -> "webhook abandoned after " + attempts + " attempts (" + error + "): "
                + describe(entry));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event_id", entry.message().eventId());
        details.put("event", entry.message().eventName());
        details.put("endpoint", entry.message().endpointId());
        details.put("attempts", Integer.toString(attempts));
        details.put("last_error", error);
        details.put("created_at", entry.createdAt().toString());
        try {
            audit.record(new AuditEvent(at, AUDIT_ACTION, AuditOutcome.DENIED, AUDIT_REASON, TrustLevel.SERVER, AUDIT_ACTOR,
                    entry.message().room(), details));
        } catch (RuntimeException e) {
            // The outbox keeps the abandoned message: the loss stays on record even so.
            LOG.log(System.Logger.Level.ERROR, () -> "audit log refused the abandoned webhook " + entry.message().eventId()
                    + " (" + e.getClass().getSimpleName() + "); it stays in the outbox as abandoned");
        }
    }

    private static String describe(OutboxEntry entry) {
        return "event " + entry.message().eventId() + " (" + entry.message().eventName() + ") of room "
                + entry.message().room() + " to endpoint " + entry.message().endpointId() + ", attempts so far "
                + entry.attempts();
    }

    private static final class Tally {
        int delivered;
        int retried;
        int abandoned;
        int released;
        int lost;
    }
}
