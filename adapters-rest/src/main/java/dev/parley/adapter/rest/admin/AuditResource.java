package dev.parley.adapter.rest.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.RequestBodyException;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.audit.AuditBreak;
import dev.parley.application.audit.VerifyAuditLogUseCase;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;

/**
 * {@code POST /api/v1/audit/verify} (signed request): walks the audit chain and answers
 * {@code {"intact": true}} or {@code {"intact": false, "sequence": n, "kind": "...", "problem": "..."}}.
 */
@Path("/api/v1/audit/verify")
@ApplicationScoped
public class AuditResource {

    private AuthenticateSignedRequestUseCase signed;
    private VerifyAuditLogUseCase verify;

    protected AuditResource() {
    }

    @Inject
    public AuditResource(AuthenticateSignedRequestUseCase signed, VerifyAuditLogUseCase verify) {
        this.signed = signed;
        this.verify = verify;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response verify(@HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        Caller caller;
        try {
            caller = ServerCallers.authenticateSigned(signed, apiKey, signature, timestamp, nonce, RequestBody.read(body));
        } catch (RequestBodyException e) {
            throw ServerCallers.invalid(e);
        }
        Optional<AuditBreak> broken = verify.verifyAuditLog(caller);
        ObjectNode out = StrictJson.newObject();
        out.put("intact", broken.isEmpty());
        broken.ifPresent(b -> {
            out.put("sequence", b.sequence());
            out.put("kind", b.kind());
            out.put("problem", b.description());
        });
        return Response.ok(StrictJson.write(out), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
