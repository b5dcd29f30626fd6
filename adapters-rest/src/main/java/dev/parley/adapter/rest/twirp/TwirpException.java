package dev.parley.adapter.rest.twirp;

import java.util.Objects;
import java.util.Optional;

/**
 * A RoomService call failed: answered by {@link TwirpExceptionMapper} as a Twirp JSON error.
 * Thrown out of the resource method, so the method's transaction rolls back.
 *
 * @see TwirpErrors#translate(RuntimeException)
 */
public final class TwirpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TwirpCode code;
    private final String parleyCode;
    private final int httpStatus;
    private final String wwwAuthenticate;

    public TwirpException(TwirpCode code, String parleyCode, String msg) {
        this(code, parleyCode, msg, code.httpStatus(), null);
    }

    TwirpException(TwirpCode code, String parleyCode, String msg, int httpStatus, String wwwAuthenticate) {
        super(msg, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.parleyCode = Objects.requireNonNull(parleyCode, "parleyCode");
        this.httpStatus = httpStatus;
        this.wwwAuthenticate = wwwAuthenticate;
    }

    /** This error answered with another HTTP status than Twirp's table gives its code. */
    TwirpException withHttpStatus(int status) {
        return new TwirpException(code, parleyCode, getMessage(), status, wwwAuthenticate);
    }

    /** This error with a {@code WWW-Authenticate} challenge (RFC 6750 §3). */
    TwirpException withChallenge(String challenge) {
        return new TwirpException(code, parleyCode, getMessage(), httpStatus, challenge);
    }

    /** The Twirp code. */
    public TwirpCode code() {
        return code;
    }

    /** Parley's stable code, sent as {@code meta.parley_code}. */
    public String parleyCode() {
        return parleyCode;
    }

    /** The HTTP status of the answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code WWW-Authenticate} header value, when the answer carries one. */
    public Optional<String> wwwAuthenticate() {
        return Optional.ofNullable(wwwAuthenticate);
    }
}
