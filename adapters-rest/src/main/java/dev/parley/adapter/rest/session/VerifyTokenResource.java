package dev.parley.adapter.rest.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.auth.BearerToken;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.session.SessionGrant;
import dev.parley.application.session.VerifyTokenUseCase;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /api/verifyToken}: starts a participant session. The access token comes in the
 * {@code Authorization: Bearer} header only (never in the URL, where it would reach access logs).
 * Answers the effective grants, the session id, the signaling URL, the participant's own NATS
 * credential and subjects, the room's key policy (with the current key under SERVER_MANAGED) and
 * the renewal interval; refusals are 401 (token) or 403/404 (admission) with a specific code.
 * The body holds secrets meant for this participant only: {@code Cache-Control: no-store}.
 */
@Path("/api/verifyToken")
@ApplicationScoped
public class VerifyTokenResource {

    private VerifyTokenUseCase sessions;

    protected VerifyTokenResource() {
    }

    @Inject
    public VerifyTokenResource(VerifyTokenUseCase sessions) {
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        return answer(authorization, uri.getBaseUri());
    }

    /** The answer for a request with this {@code Authorization} header that reached {@code baseUri}. */
    public Response answer(String authorization, URI baseUri) {
        String token = BearerToken.from(authorization).orElseThrow(() ->
                new TokenRefusedException(TokenRefusal.MALFORMED, "an access token is required in the Authorization: Bearer header"));
        SessionGrant grant = sessions.verifyToken(token);
        ObjectNode out = StrictJson.newObject();
        ObjectNode room = out.putObject("room");
        room.put("name", grant.room().name().value());
        room.put("sid", grant.room().sid());
        out.set("participant", participant(grant.participant()));
        ArrayNode others = out.putArray("others");
        for (Participant p : grant.others()) {
            ObjectNode o = others.addObject();
            o.put("sid", p.sid());
            o.put("identity", p.identity().value());
            o.put("name", p.name());
        }
        out.put("signalingUrl", signalingUrl(baseUri));
        out.set("messaging", messaging(grant.messaging()));
        out.set("e2ee", e2ee(grant));
        ObjectNode renewal = out.putObject("renewal");
        renewal.put("intervalSeconds", grant.renewalInterval().toSeconds());
        renewal.put("tokenExpiresAt", grant.tokenExpiresAt().getEpochSecond());
        renewal.put("subject", grant.messaging().subjects().getOrDefault("renew", ""));
        return Response.ok(StrictJson.write(out), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private static ObjectNode participant(Participant p) {
        ObjectNode o = StrictJson.newObject();
        o.put("sid", p.sid());
        o.put("identity", p.identity().value());
        o.put("name", p.name());
        o.put("metadata", p.metadata());
        VideoGrant g = p.grants();
        ObjectNode perm = o.putObject("permission");
        perm.put("canPublish", g.effectiveCanPublish());
        perm.put("canSubscribe", g.effectiveCanSubscribe());
        perm.put("canPublishData", g.effectiveCanPublishData());
        perm.put("canUpdateMetadata", g.effectiveCanUpdateOwnMetadata());
        perm.put("hidden", g.hidden());
        perm.put("recorder", g.recorder());
        perm.put("roomAdmin", g.roomAdmin());
        ArrayNode sources = perm.putArray("canPublishSources");
        for (TrackSource s : TrackSource.values()) {
            if (g.mayPublishSource(s)) {
                sources.add(s.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return o;
    }

    /** The credential in the same shape as the messaging adapter's renewal replies (docs/messaging.md). */
    private static ObjectNode messaging(MessagingCredential c) {
        ObjectNode o = StrictJson.newObject();
        o.put("id", c.credentialId());
        o.put("jwt", c.userJwt());
        o.put("seed", c.userSeed());
        ArrayNode urls = o.putArray("urls");
        c.urls().forEach(urls::add);
        ObjectNode subjects = o.putObject("subjects");
        for (Map.Entry<String, String> e : new TreeMap<>(c.subjects()).entrySet()) {
            subjects.put(e.getKey(), e.getValue());
        }
        o.put("inboxPrefix", c.inboxPrefix());
        o.put("expiresAt", c.expiresAt().toString());
        return o;
    }

    private static ObjectNode e2ee(SessionGrant grant) {
        ObjectNode o = StrictJson.newObject();
        o.put("keyPolicy", grant.keyPolicy().name());
        switch (grant.keyPolicy()) {
            case NONE -> o.put("endToEnd", false);
            case PARTICIPANT_SUPPLIED -> {
                o.put("endToEnd", true);
                o.put("askForPassphrase", true);
            }
            case SERVER_MANAGED -> {
                o.put("endToEnd", true);
                PrivateMessage.RoomKey key = grant.roomKey().orElseThrow();
                ObjectNode k = o.putObject("key");
                k.put("epoch", key.epoch());
                k.put("keyIndex", key.keyIndex());
                k.put("key", Base64.getUrlEncoder().withoutPadding().encodeToString(key.key()));
            }
        }
        return o;
    }

    private static String signalingUrl(URI base) {
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        return scheme + "://" + base.getRawAuthority() + "/rtc";
    }
}
