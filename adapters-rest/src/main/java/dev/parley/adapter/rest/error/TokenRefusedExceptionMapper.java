package dev.parley.adapter.rest.error;

import dev.parley.application.token.model.TokenRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A bearer token was refused on a resource outside the Twirp API (which answers in Twirp's own
 * format): 401 with {@code {"code": "<refusal code>", "message": ...}} and the challenge RFC 6750
 * §3 asks for, {@code WWW-Authenticate: Bearer error="invalid_token", error_description="<code>"}
 * (the code is {@code [a-z_]}, inside the characters §3 allows). The message is the refusal's
 * fixed description: never a part of the token. For verification paths only: a resource that
 * mints tokens answers a minting refusal itself.
 */
@Provider
public class TokenRefusedExceptionMapper implements ExceptionMapper<TokenRefusedException> {

    @Override
    public Response toResponse(TokenRefusedException e) {
        Response response = ErrorResponses.of(401, e.code(), e.getMessage());
        return Response.fromResponse(response)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" + e.code() + "\"")
                .build();
    }
}
