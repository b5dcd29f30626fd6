package dev.parley.application.auth;

import dev.parley.application.UseCaseException;

/** Why a signed request was refused: stable codes, answered as UNAUTHENTICATED. */
public enum SignedRequestRefusal {
    /** {@code API-KEY}, {@code HASH-SIGNATURE}, {@code X-Parley-Timestamp} or {@code X-Parley-Nonce} is absent. */
    SIGNATURE_MISSING("signature_missing"),
    /** A header is malformed, or the HMAC does not match (RFC 2104). */
    SIGNATURE_INVALID("signature_invalid"),
    /** {@code API-KEY} names no live key with an HMAC secret. */
    API_KEY_UNKNOWN("api_key_unknown"),
    /** {@code X-Parley-Timestamp} lies outside the accepted window around the server's clock. */
    REQUEST_EXPIRED("request_expired"),
    /** {@code X-Parley-Nonce} was already used with this key within the window. */
    NONCE_REUSED("nonce_reused");

    private final String code;

    SignedRequestRefusal(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code nonce_reused}. */
    public String code() {
        return code;
    }

    /** The exception that carries this refusal with {@code message} (which must name no secret). */
    public UseCaseException exception(String message) {
        return new UseCaseException(UseCaseException.Kind.UNAUTHENTICATED, code, message);
    }
}
