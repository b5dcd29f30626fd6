package dev.parley.adapter.rest.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.RequestBodyException;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.roomkey.RotateRoomKeyUseCase;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.room.RoomName;
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

/**
 * {@code POST /api/v1/rooms/key/rotate} with {@code {"room": "<name>"}} (the room is in the signed
 * body, not the path, so the signature covers it): starts a new key epoch for a SERVER_MANAGED
 * room; signed requests only. Answers {@code {"room", "epoch", "keyIndex"}}: never the key.
 */
@Path("/api/v1/rooms/key/rotate")
@ApplicationScoped
public class RoomKeyResource {

    private AuthenticateSignedRequestUseCase signed;
    private RotateRoomKeyUseCase rotate;

    protected RoomKeyResource() {
    }

    @Inject
    public RoomKeyResource(AuthenticateSignedRequestUseCase signed, RotateRoomKeyUseCase rotate) {
        this.signed = signed;
        this.rotate = rotate;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response rotate(@HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        Caller caller;
        String room;
        try {
            byte[] raw = RequestBody.read(body);
            caller = ServerCallers.authenticateSigned(signed, apiKey, signature, timestamp, nonce, raw);
            room = ProtoJsonObject.of(StrictJson.parseObject(raw)).string("room");
        } catch (RequestBodyException e) {
            throw ServerCallers.invalid(e);
        }
        KeyEpoch epoch = rotate.rotateRoomKey(caller, RoomName.of(room));
        ObjectNode out = StrictJson.newObject();
        out.put("room", room);
        out.put("epoch", epoch.number());
        out.put("keyIndex", epoch.keyIndex());
        return Response.ok(StrictJson.write(out), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
