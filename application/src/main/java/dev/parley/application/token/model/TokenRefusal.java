package dev.parley.application.token.model;

/**
 * Why a token was refused: a stable, machine-readable code that adapters return as is (HTTP
 * 401 with the code, a NATS error reply, a signaling close reason). Codes never change meaning
 * once published; new ones may be added.
 */
public enum TokenRefusal {
    /** Not three base64url segments of JSON objects, bad encoding, padding, nesting too deep, duplicate names (RFC 7515 §7.1, RFC 8725 §3.4). */
    MALFORMED("token_malformed"),
    /** The compact token is longer than the configured limit. */
    TOO_LARGE("token_too_large"),
    /** {@code none}, an unsupported algorithm, or one the key does not carry (RFC 8725 §2.1, §3.1). */
    ALGORITHM_REFUSED("token_algorithm_refused"),
    /** {@code iss} names no key of the key ring (or is missing or not a key id). */
    UNKNOWN_KEY("token_unknown_key"),
    /** {@code iss} names a revoked key. */
    KEY_REVOKED("token_key_revoked"),
    /** The key may verify but not sign (VERIFY_ONLY, or an Ed25519 key without its private half). */
    KEY_NOT_ACTIVE("token_key_not_active"),
    /** The key's secret is shorter than 32 bytes outside development mode (RFC 2104 §3, RFC 7518 §3.2). */
    KEY_TOO_WEAK("token_key_too_weak"),
    /** The signature does not match the key (RFC 7515 §5.2). */
    SIGNATURE_INVALID("token_signature_invalid"),
    /** {@code exp} has passed, beyond the leeway (RFC 7519 §4.1.4). */
    EXPIRED("token_expired"),
    /** {@code nbf} is still ahead, beyond the leeway (RFC 7519 §4.1.5). */
    NOT_YET_VALID("token_not_yet_valid"),
    /** {@code exp} lies further from {@code nbf}/{@code iat} (or from now) than the maximum lifetime. */
    LIFETIME_EXCEEDED("token_lifetime_exceeded"),
    /** A required claim ({@code exp}) is absent. */
    CLAIM_MISSING("token_claim_missing"),
    /** A known claim has the wrong JSON type ({@code exp} as a string, {@code video} as an array...). */
    CLAIM_TYPE_INVALID("token_claim_type_invalid"),
    /** A known claim has the right type but a value Parley refuses (unknown kind or source, an {@code aud}...). */
    CLAIM_INVALID("token_claim_invalid"),
    /** {@code sub} is empty, too long, blank or holds control characters, or is missing where a room join needs it. */
    IDENTITY_INVALID("token_identity_invalid"),
    /** The token (its {@code jti}, or its identity and room) is on the revocation list. */
    REVOKED("token_revoked"),
    /** The token was minted for another purpose (RFC 8725 §3.12). */
    WRONG_PURPOSE("token_wrong_purpose");

    private final String code;

    TokenRefusal(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code token_expired}. */
    public String code() {
        return code;
    }
}
