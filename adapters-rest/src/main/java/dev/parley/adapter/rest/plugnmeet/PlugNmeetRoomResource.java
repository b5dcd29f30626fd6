package dev.parley.adapter.rest.plugnmeet;

import dev.parley.adapter.rest.json.JsonContentType;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.port.in.CreateRoomUseCase;
import dev.parley.application.port.in.DeleteRoomUseCase;
import dev.parley.application.port.in.GetRoomUseCase;
import dev.parley.application.port.in.ListParticipantsUseCase;
import dev.parley.application.port.in.ListRoomsUseCase;
import dev.parley.application.token.MintAccessTokenUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code POST /auth/room/{create|getJoinToken|isRoomActive|getActiveRoomInfo|getActiveRoomsInfo|endRoom}}:
 * Plug-N-Meet's signed room API.
 *
 * <p>Per call, in this order: the action must exist (404), the body must be declared JSON (415)
 * and be at most 1 MiB (413), the signature must hold over the raw bytes as received (401, see
 * {@link AuthenticateSignedRequestUseCase} for the string-to-sign and the replay protection),
 * the body must be one JSON object (400); then the use cases decide. Unknown fields are ignored.
 *
 * <p>One transaction per call, opened here; a failure is thrown as a {@link PlugNmeetException},
 * so the transaction rolls back (the audit trail and the nonce registry are not rolled back).
 */
@Path("/auth/room")
@ApplicationScoped
public class PlugNmeetRoomResource {

    private final AuthenticateSignedRequestUseCase authenticator;
    private final PlugNmeetRoomHandler handler;

    @Inject
    public PlugNmeetRoomResource(AuthenticateSignedRequestUseCase authenticator, CreateRoomUseCase createRoom,
            GetRoomUseCase getRoom, ListRoomsUseCase listRooms, DeleteRoomUseCase deleteRoom,
            ListParticipantsUseCase participants, MintAccessTokenUseCase mint) {
        this.authenticator = authenticator;
        this.handler = new PlugNmeetRoomHandler(createRoom, getRoom, listRooms, deleteRoom, participants, mint);
    }

    /** CDI needs a no-argument constructor for the client proxy. */
    protected PlugNmeetRoomResource() {
        this.authenticator = null;
        this.handler = null;
    }

    /**
     * Carries out {@code action}.
     *
     * @return 200 with Plug-N-Meet's response body
     * @throws PlugNmeetException for every failure (answered by {@link PlugNmeetExceptionMapper})
     */
    @POST
    @Path("{action}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response call(@PathParam("action") String action,
            @HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        try {
            PlugNmeetAction a = PlugNmeetAction.at(action).orElseThrow(() ->
                    new PlugNmeetException(404, "action_unknown", "no such action under /auth/room"));
            if (!JsonContentType.isJson(contentType)) {
                throw new PlugNmeetException(415, "content_type_unsupported", "Content-Type must be application/json");
            }
            byte[] raw = RequestBody.read(body);
            Caller caller = authenticator.authenticate(new SignedRequest(apiKey, signature, timestamp, nonce, raw));
            ProtoJsonObject request = ProtoJsonObject.of(StrictJson.parseObject(raw));
            byte[] response = StrictJson.write(handler.handle(a, caller, request));
            return Response.ok(response, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
        } catch (RuntimeException e) {
            throw PlugNmeetErrors.translate(e);
        }
    }
}
