package dev.parley.adapter.rest.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.RequestBodyException;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.token.admin.AdministerKeysUseCase;
import dev.parley.application.token.key.KeyInfo;
import dev.parley.application.token.key.KeyRingException;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code /api/v1/keys}: the key ring, for holders of an API secret only (signed requests; a
 * Bearer token is never enough). {@code POST /api/v1/keys/list}, {@code POST /api/v1/keys}
 * ({@code {"algorithm": "HS256"|"EdDSA"}}), {@code POST /api/v1/keys/{id}/rotate},
 * {@code POST /api/v1/keys/{id}/revoke}. Every call is POST so that the signed body (possibly
 * empty) is what the signature covers. A new secret appears once, in the create or rotate answer.
 */
@Path("/api/v1/keys")
@ApplicationScoped
public class KeyResource {

    private AuthenticateSignedRequestUseCase signed;
    private AdministerKeysUseCase keys;

    protected KeyResource() {
    }

    @Inject
    public KeyResource(AuthenticateSignedRequestUseCase signed, AdministerKeysUseCase keys) {
        this.signed = signed;
        this.keys = keys;
    }

    @POST
    @Path("list")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response list(@HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        Caller caller = caller(apiKey, signature, timestamp, nonce, body, b -> null);
        ArrayNode array = StrictJson.newObject().arrayNode();
        keys.listKeys(caller).forEach(k -> array.add(info(k)));
        ObjectNode out = StrictJson.newObject();
        out.set("keys", array);
        return ok(out);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response create(@HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        TokenAlgorithm[] algorithm = new TokenAlgorithm[1];
        Caller caller = caller(apiKey, signature, timestamp, nonce, body, raw -> {
            String name = raw.length == 0 ? "" : ProtoJsonObject.of(StrictJson.parseObject(raw)).string("algorithm");
            algorithm[0] = algorithm(name);
            return null;
        });
        return ok(created(guard(() -> keys.createKey(caller, algorithm[0]))));
    }

    @POST
    @Path("{id}/rotate")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response rotate(@PathParam("id") String id, @HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        Caller caller = caller(apiKey, signature, timestamp, nonce, body, b -> null);
        return ok(created(guard(() -> keys.rotateKey(caller, id))));
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response revoke(@PathParam("id") String id, @HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce, InputStream body) {
        Caller caller = caller(apiKey, signature, timestamp, nonce, body, b -> null);
        return ok(info(guard(() -> keys.revokeKey(caller, id))));
    }

    private Caller caller(String apiKey, String signature, String timestamp, String nonce, InputStream body,
            Function<byte[], Void> parse) {
        try {
            byte[] raw = RequestBody.read(body);
            Caller caller = ServerCallers.authenticateSigned(signed, apiKey, signature, timestamp, nonce, raw);
            parse.apply(raw);
            return caller;
        } catch (RequestBodyException e) {
            throw ServerCallers.invalid(e);
        }
    }

    private static <T> T guard(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (KeyRingException e) {
            UseCaseException.Kind kind = switch (e.code()) {
                case "key_unknown" -> UseCaseException.Kind.NOT_FOUND;
                case "key_exists", "key_state_change_invalid" -> UseCaseException.Kind.CONFLICT;
                default -> UseCaseException.Kind.INVALID;
            };
            throw new UseCaseException(kind, e.code(), e.getMessage());
        }
    }

    private static TokenAlgorithm algorithm(String name) {
        String n = name.isEmpty() ? "HS256" : name.toUpperCase(Locale.ROOT);
        for (TokenAlgorithm a : TokenAlgorithm.values()) {
            if (a.name().equals(n) || a.jwaName().equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new UseCaseException(UseCaseException.Kind.INVALID, "algorithm_unknown", "algorithm must be HS256 or EdDSA");
    }

    private static ObjectNode info(KeyInfo k) {
        ObjectNode o = StrictJson.newObject();
        o.put("id", k.id());
        o.put("algorithm", k.algorithm().jwaName());
        o.put("state", k.state().name());
        o.put("created", k.created().toString());
        if (!k.publicKey().isEmpty()) {
            o.put("publicKey", k.publicKey());
        }
        return o;
    }

    private static ObjectNode created(NewKey k) {
        ObjectNode o = info(k.key());
        o.put("secret", k.secret());
        return o;
    }

    private static Response ok(ObjectNode body) {
        return Response.ok(StrictJson.write(body), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
