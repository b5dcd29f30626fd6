package dev.parley.adapter.rest.twirp;

import dev.parley.adapter.rest.auth.BearerToken;
import dev.parley.adapter.rest.json.JsonContentType;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.auth.AuthenticateBearerUseCase;
import dev.parley.application.port.in.CreateRoomUseCase;
import dev.parley.application.port.in.DeleteRoomUseCase;
import dev.parley.application.port.in.ListParticipantsUseCase;
import dev.parley.application.port.in.ListRoomsUseCase;
import dev.parley.application.port.in.RemoveParticipantUseCase;
import dev.parley.application.port.in.UpdateParticipantUseCase;
import dev.parley.application.port.in.UpdateRoomMetadataUseCase;
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
 * {@code POST /twirp/livekit.RoomService/<Method>}: LiveKit's RoomService, JSON only, so that
 * LiveKit's server SDKs ({@code RoomServiceClient}) work against Parley unchanged.
 *
 * <p>Per call, in this order: the method must exist ({@code bad_route}), the body must be
 * declared JSON ({@code bad_route}, as Twirp answers an unexpected Content-Type), the caller
 * must present {@code Authorization: Bearer <token>} ({@code unauthenticated}), the method must be
 * implemented ({@code unimplemented}), the body must be one JSON object of at most 1 MiB
 * ({@code malformed}, {@code resource_exhausted}); then the use case decides (grants, existence).
 * Unknown fields are ignored. No {@code @Produces}: every answer sets {@code Content-Type:
 * application/json} itself (exactly that: LiveKit's Node SDK compares the header verbatim before
 * it reads a Twirp error), and an {@code Accept} header never turns a call into a non-Twirp 406.
 *
 * <p>One transaction per call, opened here (ARCHITECTURE.md §2): any failure is thrown as a
 * {@link TwirpException}, so the transaction rolls back; a denial's audit event survives because
 * the audit trail writes in a transaction of its own.
 */
@Path("/twirp/livekit.RoomService")
@ApplicationScoped
public class TwirpRoomServiceResource {

    private final AuthenticateBearerUseCase bearer;
    private final RoomServiceHandler handler;

    @Inject
    public TwirpRoomServiceResource(AuthenticateBearerUseCase bearer, CreateRoomUseCase createRoom,
            ListRoomsUseCase listRooms, DeleteRoomUseCase deleteRoom, UpdateRoomMetadataUseCase updateRoomMetadata,
            ListParticipantsUseCase participants, RemoveParticipantUseCase removeParticipant,
            UpdateParticipantUseCase updateParticipant) {
        this.bearer = bearer;
        this.handler = new RoomServiceHandler(createRoom, listRooms, deleteRoom, updateRoomMetadata, participants,
                removeParticipant, updateParticipant);
    }

    /** CDI needs a no-argument constructor for the client proxy. */
    protected TwirpRoomServiceResource() {
        this.bearer = null;
        this.handler = null;
    }

    /**
     * Calls {@code method}.
     *
     * @return 200 with the response message as JSON
     * @throws TwirpException for every failure (answered by {@link TwirpExceptionMapper})
     */
    @POST
    @Path("{method}")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response call(@PathParam("method") String method,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        try {
            RoomServiceMethod m = RoomServiceMethod.named(method).orElseThrow(() -> new TwirpException(
                    TwirpCode.BAD_ROUTE, "method_unknown", "livekit.RoomService has no method " + printable(method)));
            if (!JsonContentType.isJson(contentType)) {
                throw new TwirpException(TwirpCode.BAD_ROUTE, "content_type_unsupported",
                        "Content-Type must be application/json: Parley's RoomService speaks JSON only");
            }
            String token = BearerToken.from(authorization).orElseThrow(() -> new TwirpException(TwirpCode.UNAUTHENTICATED,
                    "authorization_missing", "an Authorization: Bearer <token> header is required")
                    .withChallenge("Bearer"));
            Caller caller = bearer.authenticate(token);
            if (!m.implemented()) {
                throw RoomServiceHandler.unimplemented(m);
            }
            ProtoJsonObject request = ProtoJsonObject.of(StrictJson.parseObject(RequestBody.read(body)));
            byte[] response = StrictJson.write(handler.handle(m, caller, request));
            return Response.ok(response, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
        } catch (RuntimeException e) {
            throw TwirpErrors.translate(e);
        }
    }

    /** The method name for a message: at most 64 characters of [A-Za-z0-9_.-] (anything else is not echoed). */
    private static String printable(String method) {
        if (method == null || method.length() > 64 || !method.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                || c == '_' || c == '.' || c == '-')) {
            return "(name not shown)";
        }
        return method;
    }
}
