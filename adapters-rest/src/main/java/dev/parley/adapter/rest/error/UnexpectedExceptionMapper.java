package dev.parley.adapter.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything unexpected becomes a 500 with an incident id the operator can find in
 * the log. The client never sees a stack trace or an exception message (which could carry data).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident=" + incident + " type=" + e.getClass().getName());
        return ErrorResponses.of(500, "internal_error", "unexpected server error; incident " + incident);
    }
}
