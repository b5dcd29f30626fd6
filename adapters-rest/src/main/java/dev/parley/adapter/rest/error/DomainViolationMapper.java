package dev.parley.adapter.rest.error;

import dev.parley.domain.DomainViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken domain rule in the request (bad room name, oversized metadata...) is the caller's error: 400. */
@Provider
public class DomainViolationMapper implements ExceptionMapper<DomainViolation> {

    @Override
    public Response toResponse(DomainViolation e) {
        return ErrorResponses.of(400, e.code(), e.getMessage());
    }
}
