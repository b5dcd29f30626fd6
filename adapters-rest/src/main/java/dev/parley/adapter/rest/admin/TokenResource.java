package dev.parley.adapter.rest.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.RequestBody;
import dev.parley.adapter.rest.json.RequestBodyException;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.auth.AuthenticateBearerUseCase;
import dev.parley.application.auth.AuthenticateSignedRequestUseCase;
import dev.parley.application.auth.SignedRequest;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.application.token.admin.IssueTokenUseCase;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
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
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code POST /api/v1/tokens}: issues an access token. Body:
 * {@code {"identity", "room", "name", "metadata", "ttlSeconds", "kind", "grant": {LiveKit's video grant names}}};
 * without a {@code grant} the token joins {@code room} with LiveKit's defaults. Answers
 * {@code {"token", "identity", "room", "expiresAt"}}.
 */
@Path("/api/v1/tokens")
@ApplicationScoped
public class TokenResource {

    private AuthenticateBearerUseCase bearer;
    private AuthenticateSignedRequestUseCase signed;
    private IssueTokenUseCase issue;

    protected TokenResource() {
    }

    @Inject
    public TokenResource(AuthenticateBearerUseCase bearer, AuthenticateSignedRequestUseCase signed, IssueTokenUseCase issue) {
        this.bearer = bearer;
        this.signed = signed;
        this.issue = issue;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(SignedRequest.API_KEY_HEADER) String apiKey,
            @HeaderParam(SignedRequest.SIGNATURE_HEADER) String signature,
            @HeaderParam(SignedRequest.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignedRequest.NONCE_HEADER) String nonce,
            InputStream body) {
        MintTokenCommand command;
        Caller caller;
        try {
            byte[] raw = RequestBody.read(body);
            caller = ServerCallers.authenticate(bearer, signed, authorization, apiKey, signature, timestamp, nonce, raw);
            command = toCommand(ProtoJsonObject.of(StrictJson.parseObject(raw)));
        } catch (RequestBodyException e) {
            throw ServerCallers.invalid(e);
        }
        MintedToken minted = issue.issue(caller, command);
        ObjectNode out = StrictJson.newObject();
        out.put("token", minted.token());
        out.put("identity", minted.claims().subject().map(Identity::value).orElse(""));
        out.put("room", minted.claims().video().room());
        out.put("expiresAt", minted.claims().expiresAt().getEpochSecond());
        return Response.ok(StrictJson.write(out), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    private static MintTokenCommand toCommand(ProtoJsonObject body) {
        String room = body.string("room");
        String identity = body.string("identity");
        VideoGrant grant = body.message("grant").map(g -> grant(g, room)).orElse(room.isEmpty() ? VideoGrant.none() : VideoGrant.join(room));
        long ttl = body.uint32("ttlSeconds");
        String kind = body.string("kind");
        return MintTokenCommand.builder()
                .identity(identity.isEmpty() ? null : Identity.of(identity))
                .room(room.isEmpty() ? null : room)
                .grants(grant)
                .ttl(ttl == 0 ? null : Duration.ofSeconds(ttl))
                .name(body.string("name"))
                .metadata(body.string("metadata"))
                .kind(kind.isEmpty() ? null : ParticipantKind.fromClaim(kind).orElseThrow(() ->
                        new UseCaseException(UseCaseException.Kind.INVALID, "kind_unknown", "unknown participant kind")))
                .build();
    }

    private static VideoGrant grant(ProtoJsonObject g, String room) {
        VideoGrant.Builder b = VideoGrant.builder()
                .roomJoin(g.bool("roomJoin")).room(g.has("room") ? g.string("room") : room)
                .roomAdmin(g.bool("roomAdmin")).roomCreate(g.bool("roomCreate")).roomList(g.bool("roomList"))
                .roomRecord(g.bool("roomRecord")).ingressAdmin(g.bool("ingressAdmin")).hidden(g.bool("hidden"))
                .recorder(g.bool("recorder")).agent(g.bool("agent")).destinationRoom(g.string("destinationRoom"));
        if (g.has("canPublish")) {
            b.canPublish(g.bool("canPublish"));
        }
        if (g.has("canSubscribe")) {
            b.canSubscribe(g.bool("canSubscribe"));
        }
        if (g.has("canPublishData")) {
            b.canPublishData(g.bool("canPublishData"));
        }
        if (g.has("canUpdateOwnMetadata")) {
            b.canUpdateOwnMetadata(g.bool("canUpdateOwnMetadata"));
        }
        if (g.has("canPublishSources")) {
            Set<TrackSource> sources = EnumSet.noneOf(TrackSource.class);
            for (String s : g.strings("canPublishSources")) {
                sources.add(TrackSource.fromClaim(s).orElseThrow(() ->
                        new UseCaseException(UseCaseException.Kind.INVALID, "source_unknown", "unknown track source")));
            }
            b.canPublishSources(sources);
        }
        return b.build();
    }
}
