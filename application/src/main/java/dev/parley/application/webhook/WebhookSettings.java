package dev.parley.application.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How webhooks are delivered.
 *
 * @param endpoints      where every event is posted (none: webhooks are off)
 * @param signingKeyId   the API key whose secret signs the {@code Authorization} JWT ({@code iss});
 *                       empty for the newest ACTIVE key. Receivers verify with that key's secret, so
 *                       it must be an HS256 key for LiveKit's SDKs
 * @param initialBackoff wait after the first failed attempt; each further failure doubles it
 * @param maxBackoff     the longest wait between two attempts
 * @param jitter         fraction of a wait taken off at random (0 to 0.5), so that receivers
 *                       coming back are not hit by every stream at the same instant
 * @param maxAge         how long after the event delivery is attempted; the first failure at or
 *                       after it abandons the message (recorded in the audit log)
 * @param lease          how long a claim holds its messages; must leave room for several attempts
 * @param maxStreams     streams (room + endpoint) claimed per round (1 to 1000)
 * @param perStream      messages of one stream claimed per round (1 to 1000; at most 10000 messages per round)
 * @param retention      how long delivered messages are kept before {@link WebhookDeliveryService#purgeDelivered()}
 */
public record WebhookSettings(
        List<WebhookEndpoint> endpoints,
        Optional<String> signingKeyId,
        Duration initialBackoff,
        Duration maxBackoff,
        double jitter,
        Duration maxAge,
        Duration lease,
        int maxStreams,
        int perStream,
        Duration retention) {

    /** Lifetime of the {@code Authorization} JWT of one attempt: LiveKit's five minutes. */
    public static final Duration TOKEN_TTL = Duration.ofMinutes(5);

    public WebhookSettings {
        Objects.requireNonNull(endpoints, "endpoints");
        Set<String> ids = new HashSet<>();
        List<WebhookEndpoint> distinct = new ArrayList<>();
        for (WebhookEndpoint e : endpoints) {
            Objects.requireNonNull(e, "endpoint");
            if (ids.add(e.id())) {
                distinct.add(e);
            }
        }
        endpoints = List.copyOf(distinct);
        Objects.requireNonNull(signingKeyId, "signingKeyId");
        signingKeyId = signingKeyId.filter(s -> !s.isBlank());
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
        }
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("jitter must be between 0 and 0.5");
        }
        requirePositive(maxAge, "maxAge");
        requirePositive(lease, "lease");
        if (maxStreams < 1 || maxStreams > 1000) {
            throw new IllegalArgumentException("maxStreams must be between 1 and 1000");
        }
        if (perStream < 1 || perStream > 1000) {
            throw new IllegalArgumentException("perStream must be between 1 and 1000");
        }
        if (maxStreams * perStream > 10_000) {
            throw new IllegalArgumentException("maxStreams x perStream must be at most 10000 messages per round");
        }
        requirePositive(retention, "retention");
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /**
     * Defaults for {@code endpoints}: the newest ACTIVE key signs, backoff 1 s doubling to 5 min
     * with 20 % jitter, give up after 24 h, 5-minute leases, 20 streams of up to 10 messages per
     * round, delivered messages kept 7 days.
     */
    public static WebhookSettings defaults(List<WebhookEndpoint> endpoints) {
        return new WebhookSettings(endpoints, Optional.empty(), Duration.ofSeconds(1), Duration.ofMinutes(5), 0.2,
                Duration.ofHours(24), Duration.ofMinutes(5), 20, 10, Duration.ofDays(7));
    }

    /** True when there is somewhere to post to. */
    public boolean enabled() {
        return !endpoints.isEmpty();
    }

    /** The configured endpoint with this id. */
    public Optional<WebhookEndpoint> endpoint(String id) {
        return endpoints.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The wait after the {@code failures}-th failed attempt (1 for the first):
     * {@code min(initialBackoff * 2^(failures-1), maxBackoff)}, less a random share of up to
     * {@code jitter} of it ({@code unitRandom} in [0, 1) picks the share).
     */
    public Duration backoffAfter(int failures, double unitRandom) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        if (!(unitRandom >= 0 && unitRandom < 1)) {
            throw new IllegalArgumentException("unitRandom must be in [0, 1)");
        }
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long wait = base;
        for (int i = 1; i < failures && wait < cap; i++) {
            wait = Math.min(cap, wait * 2);
        }
        wait = Math.min(cap, wait);
        long off = (long) Math.floor(wait * jitter * unitRandom);
        return Duration.ofMillis(Math.max(1, wait - off));
    }

    /** These settings with other endpoints. */
    public WebhookSettings withEndpoints(List<WebhookEndpoint> newEndpoints) {
        return new WebhookSettings(newEndpoints, signingKeyId, initialBackoff, maxBackoff, jitter, maxAge, lease,
                maxStreams, perStream, retention);
    }

    /** These settings signing with {@code keyId} (null or blank: the newest ACTIVE key). */
    public WebhookSettings withSigningKeyId(String keyId) {
        return new WebhookSettings(endpoints, Optional.ofNullable(keyId), initialBackoff, maxBackoff, jitter, maxAge, lease,
                maxStreams, perStream, retention);
    }

    /** These settings with another retry schedule. */
    public WebhookSettings withRetry(Duration newInitialBackoff, Duration newMaxBackoff, double newJitter, Duration newMaxAge) {
        return new WebhookSettings(endpoints, signingKeyId, newInitialBackoff, newMaxBackoff, newJitter, newMaxAge, lease,
                maxStreams, perStream, retention);
    }

    /** These settings with other claim sizes and lease. */
    public WebhookSettings withClaims(int newMaxStreams, int newPerStream, Duration newLease) {
        return new WebhookSettings(endpoints, signingKeyId, initialBackoff, maxBackoff, jitter, maxAge, newLease,
                newMaxStreams, newPerStream, retention);
    }

    /** These settings keeping delivered messages for {@code newRetention}. */
    public WebhookSettings withRetention(Duration newRetention) {
        return new WebhookSettings(endpoints, signingKeyId, initialBackoff, maxBackoff, jitter, maxAge, lease,
                maxStreams, perStream, newRetention);
    }
}
