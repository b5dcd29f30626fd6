package dev.parley.application.auth;

import static dev.parley.application.auth.SignedRequestRefusal.API_KEY_UNKNOWN;
import static dev.parley.application.auth.SignedRequestRefusal.NONCE_REUSED;
import static dev.parley.application.auth.SignedRequestRefusal.REQUEST_EXPIRED;
import static dev.parley.application.auth.SignedRequestRefusal.SIGNATURE_INVALID;
import static dev.parley.application.auth.SignedRequestRefusal.SIGNATURE_MISSING;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.KeyIds;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Implements {@link AuthenticateSignedRequestUseCase}. The order of the checks is deliberate:
 * missing headers, then the key, then the header formats, then the HMAC (RFC 2104), and only a
 * request whose signature holds is checked for freshness and gets its nonce recorded, so an
 * unauthenticated caller can neither fill the nonce registry nor learn anything about the window.
 */
public final class SignedRequestAuthenticationService implements AuthenticateSignedRequestUseCase {

    private static final System.Logger LOG = System.getLogger("parley.auth");
    private static final int MIN_NONCE = 16;
    private static final int MAX_NONCE = 64;
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private final ApiSecretLookup secrets;
    private final NonceRegistry nonces;
    private final Clock clock;
    private final SignedRequestSettings settings;
    private final long windowSeconds;
    private final Set<String> plainUseLogged = ConcurrentHashMap.newKeySet();

    public SignedRequestAuthenticationService(ApiSecretLookup secrets, NonceRegistry nonces, Clock clock,
            SignedRequestSettings settings) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.windowSeconds = settings.window().toSeconds();
    }

    @Override
    public Caller authenticate(SignedRequest request) {
        Objects.requireNonNull(request, "request");
        String keyId = request.apiKey();
        requirePresent(keyId, SignedRequest.API_KEY_HEADER);
        requirePresent(request.signature(), SignedRequest.SIGNATURE_HEADER);
        boolean plain = absent(request.timestamp()) && absent(request.nonce()) && settings.allowsPlainSignature(keyId);
        if (!plain) {
            requirePresent(request.timestamp(), SignedRequest.TIMESTAMP_HEADER);
            requirePresent(request.nonce(), SignedRequest.NONCE_HEADER);
        }
        // The key id grammar first: nothing malformed reaches the key store.
        if (!KeyIds.isValid(keyId)) {
            throw API_KEY_UNKNOWN.exception("API-KEY names no key that can sign requests");
        }
        HmacSecret secret = secrets.secretOf(keyId)
                .orElseThrow(() -> API_KEY_UNKNOWN.exception("API-KEY names no key that can sign requests"));
        byte[] presented = RequestSignature.parseHex(request.signature())
                .orElseThrow(() -> SIGNATURE_INVALID.exception("HASH-SIGNATURE must be 64 lowercase hex digits"));
        if (plain) {
            verify(secret, presented, null, null, request.body());
            logPlainUse(keyId);
            return Caller.server(keyId);
        }
        long timestamp = parseTimestamp(request.timestamp());
        requireNonceFormat(request.nonce());
        verify(secret, presented, request.timestamp(), request.nonce(), request.body());
        Instant now = clock.instant();
        if (Math.abs(now.getEpochSecond() - timestamp) > windowSeconds) {
            throw REQUEST_EXPIRED.exception("X-Parley-Timestamp is more than " + windowSeconds
                    + " s away from the server's clock");
        }
        // Remembered until the request could no longer be accepted: timestamp + window, inclusive.
        Instant expiresAt = Instant.ofEpochSecond(timestamp + windowSeconds + 1);
        NonceRegistry.Outcome outcome = nonces.register(keyId, request.nonce(), expiresAt, now);
        switch (outcome) {
            case ACCEPTED -> {
                return Caller.server(keyId);
            }
            case REUSED -> throw NONCE_REUSED.exception("X-Parley-Nonce was already used with this key");
            case FULL -> throw new UseCaseException(UseCaseException.Kind.UNAVAILABLE, "replay_cache_full",
                    "too many signed requests within the replay window; retry later");
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        }
    }

    private static void verify(HmacSecret secret, byte[] presented, String timestamp, String nonce, byte[] body) {
        byte[] key = secret.secret();
        byte[] expected;
        try {
            expected = timestamp == null ? RequestSignature.plain(key, body)
                    : RequestSignature.replayProtected(key, timestamp, nonce, body);
        } finally {
            RequestSignature.wipe(key);
        }
        if (!RequestSignature.matches(expected, presented)) {
            throw SIGNATURE_INVALID.exception(timestamp == null
                    ? "HASH-SIGNATURE is not the HMAC-SHA256 of the body"
                    : "HASH-SIGNATURE is not the HMAC-SHA256 of timestamp\\nnonce\\nbody");
        }
    }

    private static long parseTimestamp(String value) {
        if (value.length() > MAX_TIMESTAMP_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw SIGNATURE_INVALID.exception("X-Parley-Timestamp must be unix seconds (1-12 digits)");
        }
        return Long.parseLong(value);
    }

    private static void requireNonceFormat(String nonce) {
        boolean ok = nonce.length() >= MIN_NONCE && nonce.length() <= MAX_NONCE && nonce.chars().allMatch(c ->
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
        if (!ok) {
            throw SIGNATURE_INVALID.exception("X-Parley-Nonce must be " + MIN_NONCE + "-" + MAX_NONCE
                    + " characters of [A-Za-z0-9_-]");
        }
    }

    private static void requirePresent(String header, String name) {
        if (absent(header)) {
            throw SIGNATURE_MISSING.exception(name + " header is required");
        }
    }

    private static boolean absent(String header) {
        return header == null || header.isEmpty();
    }

    private void logPlainUse(String keyId) {
        // The key id has passed KeyIds.isValid: safe to log. First use per key as a warning, each use at DEBUG.
        if (plainUseLogged.add(keyId)) {
            LOG.log(System.Logger.Level.WARNING, "API key " + keyId
                    + " authenticated a request with a plain Plug-N-Meet signature: no replay protection");
        } else {
            LOG.log(System.Logger.Level.DEBUG, "plain Plug-N-Meet signature accepted for API key " + keyId);
        }
    }
}
