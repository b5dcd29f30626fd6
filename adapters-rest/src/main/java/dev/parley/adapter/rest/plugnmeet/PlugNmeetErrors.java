package dev.parley.adapter.rest.plugnmeet;

import dev.parley.adapter.rest.json.MalformedRequestException;
import dev.parley.adapter.rest.json.RequestTooLargeException;
import dev.parley.application.UseCaseException;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.DomainViolation;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever a signed-API call threw into its answer: a use case failure by kind (INVALID
 * 400, UNAUTHENTICATED 401, DENIED 403, NOT_FOUND 404, CONFLICT 409, UNAVAILABLE 503), a broken
 * domain rule or malformed JSON 400, a body over 1 MiB 413, a token that could not be minted
 * (no signing key: 503; anything else about the request: 400), anything else 500 with an
 * incident id that only the log connects to the cause.
 */
final class PlugNmeetErrors {

    private static final Logger LOG = Logger.getLogger(PlugNmeetErrors.class.getName());

    private PlugNmeetErrors() {
    }

    static PlugNmeetException translate(RuntimeException e) {
        if (e instanceof PlugNmeetException pnm) {
            return pnm;
        }
        if (e instanceof UseCaseException failure) {
            return new PlugNmeetException(status(failure.kind()), failure.code(), failure.getMessage());
        }
        if (e instanceof DomainViolation violation) {
            return new PlugNmeetException(400, violation.code(), violation.getMessage());
        }
        if (e instanceof MalformedRequestException malformed) {
            return new PlugNmeetException(400, malformed.code(), malformed.getMessage());
        }
        if (e instanceof RequestTooLargeException tooLarge) {
            return new PlugNmeetException(413, tooLarge.code(), tooLarge.getMessage());
        }
        if (e instanceof TokenRefusedException refused) {
            // Only minting reaches here (the signed API verifies no token): a refusal is either the
            // key ring's state (no key may sign) or something about what was asked for.
            int status = switch (refused.refusal()) {
                case KEY_NOT_ACTIVE, KEY_REVOKED, KEY_TOO_WEAK, UNKNOWN_KEY -> 503;
                default -> 400;
            };
            return new PlugNmeetException(status, refused.code(), refused.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure in the signed room API, incident=" + incident + " type="
                + e.getClass().getName());
        return new PlugNmeetException(500, "internal_error", "unexpected server error; incident " + incident);
    }

    static int status(UseCaseException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case DENIED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
    }
}
