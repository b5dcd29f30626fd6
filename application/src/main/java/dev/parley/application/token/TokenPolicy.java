package dev.parley.application.token;

import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.KeyMaterial;
import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of token verification and minting, secure by default ({@link #defaults()}).
 *
 * @param leeway           clock skew tolerated on {@code exp} and {@code nbf} (RFC 7519 §4.1.4: "some small leeway"); LiveKit uses 60 s
 * @param maxLifetime      longest {@code exp - nbf/iat}, and longest time a token may still be valid from now
 * @param maxTokenChars    longest compact token accepted (checked before anything else is read)
 * @param defaultTtl       lifetime of a minted token when the command names none
 * @param developmentMode  when true, HMAC secrets shorter than {@link #MIN_SECRET_BYTES} are tolerated (never in production)
 */
public record TokenPolicy(Duration leeway, Duration maxLifetime, int maxTokenChars, Duration defaultTtl, boolean developmentMode) {

    /** Shortest HMAC secret accepted outside development mode: the output size of SHA-256 (RFC 2104 §3, RFC 7518 §3.2). */
    public static final int MIN_SECRET_BYTES = 32;

    public TokenPolicy {
        Objects.requireNonNull(leeway, "leeway");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        Objects.requireNonNull(defaultTtl, "defaultTtl");
        if (leeway.isNegative() || leeway.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("leeway must be between 0 and 10 minutes");
        }
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maxLifetime must be positive");
        }
        if (defaultTtl.isNegative() || defaultTtl.isZero() || defaultTtl.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("defaultTtl must be positive and at most maxLifetime");
        }
        if (maxTokenChars < 256 || maxTokenChars > 1 << 20) {
            throw new IllegalArgumentException("maxTokenChars must be between 256 and 1 MiB");
        }
    }

    /** Leeway 60 s, maximum lifetime 24 h, 8 KiB tokens, default TTL 10 min, production mode. */
    public static TokenPolicy defaults() {
        return new TokenPolicy(Duration.ofSeconds(60), Duration.ofHours(24), 8 * 1024, Duration.ofMinutes(10), false);
    }

    /**
     * True when {@code material} is an HMAC secret shorter than {@link #MIN_SECRET_BYTES} and this
     * is not development mode: such a key neither signs nor verifies (RFC 7518 §3.2: "A key of the
     * same size as the hash output ... or larger MUST be used"; LiveKit only logs a warning).
     */
    public boolean refuses(KeyMaterial material) {
        return !developmentMode && material instanceof HmacSecret secret && secret.length() < MIN_SECRET_BYTES;
    }

    /** This policy with {@code developmentMode} set. */
    public TokenPolicy withDevelopmentMode(boolean on) {
        return new TokenPolicy(leeway, maxLifetime, maxTokenChars, defaultTtl, on);
    }
}
