package dev.parley.application.webhook.fake;

import dev.parley.application.fake.MutableClock;
import dev.parley.application.webhook.port.WebhookSendException;
import dev.parley.application.webhook.port.WebhookSender;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link WebhookSender} that records every request and answers from a script: per request a
 * status code or a failure reason, decided by a function of the request. Each post can take
 * (simulated) time: it moves the test's clock forward.
 */
public final class ScriptedWebhookSender implements WebhookSender {

    /** One recorded POST. */
    public record Request(URI url, byte[] body, String authorization, Instant at) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the receiver does with a request: a status, or no answer at all. */
    public record Answer(int status, String failure) {
        public static Answer status(int status) {
            return new Answer(status, null);
        }

        public static Answer fail(String reason) {
            return new Answer(0, reason);
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private final MutableClock clock;
    private final Duration maxAttempt;
    private volatile Function<Request, Answer> script = r -> Answer.status(204);
    private volatile Duration latency = Duration.ZERO;

    public ScriptedWebhookSender(MutableClock clock, Duration maxAttempt) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAttempt = Objects.requireNonNull(maxAttempt, "maxAttempt");
    }

    /** Answers every following request with {@code script}'s answer. */
    public ScriptedWebhookSender answer(Function<Request, Answer> newScript) {
        this.script = Objects.requireNonNull(newScript, "script");
        return this;
    }

    /** Each following request takes this long (the clock moves on by it). */
    public ScriptedWebhookSender latency(Duration d) {
        this.latency = d;
        return this;
    }

    @Override
    public int post(URI url, byte[] body, String authorization) throws WebhookSendException {
        Request request = new Request(url, body.clone(), authorization, clock.instant());
        synchronized (requests) {
            requests.add(request);
        }
        clock.advance(latency);
        Answer a = script.apply(request);
        if (a.failure() != null) {
            throw new WebhookSendException(a.failure());
        }
        return a.status();
    }

    @Override
    public Duration maxAttemptDuration() {
        return maxAttempt;
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }
}
