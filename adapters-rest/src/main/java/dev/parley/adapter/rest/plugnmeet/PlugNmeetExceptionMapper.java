package dev.parley.adapter.rest.plugnmeet;

import dev.parley.adapter.rest.json.StrictJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a {@link PlugNmeetException} as Plug-N-Meet's common response,
 * {@code {"status": false, "msg": "...", "code": "..."}} ({@code code} is Parley's; Plug-N-Meet's
 * SDK ignores members it does not know), with the exception's HTTP status.
 */
@Provider
public class PlugNmeetExceptionMapper implements ExceptionMapper<PlugNmeetException> {

    @Override
    public Response toResponse(PlugNmeetException e) {
        return Response.status(e.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(StrictJson.write(PlugNmeetResponses.failure(e.getMessage(), e.code())))
                .build();
    }
}
