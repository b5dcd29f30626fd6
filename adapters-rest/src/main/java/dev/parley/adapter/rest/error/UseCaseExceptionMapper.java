package dev.parley.adapter.rest.error;

import dev.parley.application.UseCaseException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps a use case failure to its status: invalid 400, unauthenticated 401, denied 403, not found 404, conflict 409. */
@Provider
public class UseCaseExceptionMapper implements ExceptionMapper<UseCaseException> {

    @Override
    public Response toResponse(UseCaseException e) {
        return ErrorResponses.of(status(e.kind()), e.code(), e.getMessage());
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
