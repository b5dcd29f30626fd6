package dev.parley.adapter.rest.twirp;

import dev.parley.adapter.rest.json.MalformedRequestException;
import dev.parley.adapter.rest.json.RequestTooLargeException;
import dev.parley.application.UseCaseException;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.DomainViolation;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever a RoomService call threw into the Twirp error it is answered with:
 * <ul>
 *   <li>a refused token: {@code unauthenticated} (401) with {@code WWW-Authenticate: Bearer error="invalid_token"};</li>
 *   <li>a use case failure by kind: INVALID {@code invalid_argument} (400), UNAUTHENTICATED
 *       {@code unauthenticated} (401), DENIED {@code permission_denied} (403), NOT_FOUND
 *       {@code not_found} (404), CONFLICT {@code already_exists} (409), UNAVAILABLE {@code unavailable} (503);</li>
 *   <li>a broken domain rule in the request: {@code invalid_argument} (400);</li>
 *   <li>a body that is not the JSON it must be: {@code malformed} (400);</li>
 *   <li>a body over 1 MiB: {@code resource_exhausted}, gRPC's and so Twirp's code for a message
 *       over the size limit, answered with HTTP 413 rather than Twirp's 429: 429 tells clients
 *       and proxies to retry later, which never helps an oversized body (Twirp clients read the
 *       code from the body);</li>
 *   <li>anything else: {@code internal} (500) with an incident id that the log also records; no
 *       exception message reaches the client.</li>
 * </ul>
 */
public final class TwirpErrors {

    private static final Logger LOG = Logger.getLogger(TwirpErrors.class.getName());

    private TwirpErrors() {
    }

    /** The Twirp error for {@code e}. */
    public static TwirpException translate(RuntimeException e) {
        if (e instanceof TwirpException twirp) {
            return twirp;
        }
        if (e instanceof TokenRefusedException refused) {
            return new TwirpException(TwirpCode.UNAUTHENTICATED, refused.code(), refused.getMessage())
                    .withChallenge("Bearer error=\"invalid_token\"");
        }
        if (e instanceof UseCaseException failure) {
            return new TwirpException(code(failure.kind()), failure.code(), failure.getMessage());
        }
        if (e instanceof DomainViolation violation) {
            return new TwirpException(TwirpCode.INVALID_ARGUMENT, violation.code(), violation.getMessage());
        }
        if (e instanceof MalformedRequestException malformed) {
            return new TwirpException(TwirpCode.MALFORMED, malformed.code(), malformed.getMessage());
        }
        if (e instanceof RequestTooLargeException tooLarge) {
            return new TwirpException(TwirpCode.RESOURCE_EXHAUSTED, tooLarge.code(), tooLarge.getMessage())
                    .withHttpStatus(413);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure in the RoomService, incident=" + incident + " type="
                + e.getClass().getName());
        return new TwirpException(TwirpCode.INTERNAL, "internal_error", "unexpected server error; incident " + incident);
    }

    /** The Twirp code of a use case failure kind. */
    static TwirpCode code(UseCaseException.Kind kind) {
        return switch (kind) {
            case INVALID -> TwirpCode.INVALID_ARGUMENT;
            case UNAUTHENTICATED -> TwirpCode.UNAUTHENTICATED;
            case DENIED -> TwirpCode.PERMISSION_DENIED;
            case NOT_FOUND -> TwirpCode.NOT_FOUND;
            case CONFLICT -> TwirpCode.ALREADY_EXISTS;
            case UNAVAILABLE -> TwirpCode.UNAVAILABLE;
        };
    }
}
