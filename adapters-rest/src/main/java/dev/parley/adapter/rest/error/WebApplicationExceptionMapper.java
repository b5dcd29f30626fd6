package dev.parley.adapter.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Keeps the status of Jakarta REST's own errors (unknown path 404, wrong method 405, unsupported
 * media type 415...) but answers in Parley's JSON format with a code derived from the status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "error" : type.getReasonPhrase();
        String code = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return ErrorResponses.of(status, code, reason);
    }
}
