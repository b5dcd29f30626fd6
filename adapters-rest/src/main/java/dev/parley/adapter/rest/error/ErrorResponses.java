package dev.parley.adapter.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds error responses in the one format all mappers share. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new ErrorBody(code, message))
                .build();
    }
}
