package dev.parley.adapter.rest.twirp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.StrictJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a {@link TwirpException} as Twirp's JSON error: {@code {"code": "...", "msg": "...",
 * "meta": {"parley_code": "..."}}} (meta values are strings, as Twirp requires), with the
 * exception's HTTP status and {@code Cache-Control: no-store}.
 */
@Provider
public class TwirpExceptionMapper implements ExceptionMapper<TwirpException> {

    @Override
    public Response toResponse(TwirpException e) {
        Response.ResponseBuilder response = Response.status(e.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body(e));
        e.wwwAuthenticate().ifPresent(challenge -> response.header("WWW-Authenticate", challenge));
        return response.build();
    }

    /** The JSON body of {@code e}. */
    static byte[] body(TwirpException e) {
        ObjectNode body = StrictJson.newObject();
        body.put("code", e.code().code());
        body.put("msg", e.getMessage());
        body.putObject("meta").put("parley_code", e.parleyCode());
        return StrictJson.write(body);
    }
}
