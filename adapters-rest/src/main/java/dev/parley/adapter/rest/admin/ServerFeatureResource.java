package dev.parley.adapter.rest.admin;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.RequestBodyException;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.auth.AuthenticateBearerUseCase;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.feature.StartServerFeatureUseCase;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.RoomName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code POST /api/v1/features/start} with {@code {"room", "feature"}} ({@code recording},
 * {@code transcription}, {@code summaries}, {@code payload_layer_switching}): a Bearer token with
 * roomRecord or a signed request. Under an end-to-end key policy the answer is 403
 * {@code feature_unavailable_e2ee}; a room that does not allow the feature gets
 * {@code feature_not_allowed}.
 */
@Path("/api/v1/features/start")
@ApplicationScoped
public class ServerFeatureResource {

    private AuthenticateBearerUseCase bearer;
    private AuthenticateSignedRequestUseCase signed;
    private StartServerFeatureUseCase features;

    protected ServerFeatureResource() {
    }

    @Inject
    public ServerFeatureResource(AuthenticateBearerUseCase bearer, AuthenticateSignedRequestUseCase signed,
            StartServerFeatureUseCase features) {
        this.bearer = bearer;
        this.signed = signed;
        this.features = features;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        Caller caller;
        ProtoJsonObject request;
        try {
            byte[] raw = RequestBody.read(body);
            caller = ServerCallers.authenticate(bearer, signed, authorization, apiKey, signature, timestamp, nonce, raw);
            request = ProtoJsonObject.of(StrictJson.parseObject(raw));
        } catch (RequestBodyException e) {
            throw ServerCallers.invalid(e);
        }
        features.startFeature(caller, RoomName.of(request.string("room")), feature(request.string("feature")));
        return Response.noContent().build();
    }

    private static Feature feature(String name) {
        try {
            return Feature.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UseCaseException(UseCaseException.Kind.INVALID, "feature_unknown", "unknown feature");
        }
    }
}
