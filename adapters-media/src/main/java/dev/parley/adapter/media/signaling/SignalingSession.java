package dev.parley.adapter.media.signaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.media.sdp.SdpException;
import dev.parley.adapter.media.sfu.Negotiation;
import dev.parley.adapter.media.sfu.PeerEvents;
import dev.parley.adapter.media.sfu.PeerSession;
import dev.parley.adapter.media.sfu.Publication;
import dev.parley.adapter.media.sfu.RoomListener;
import dev.parley.adapter.media.sfu.Sfu;
import dev.parley.adapter.media.sfu.SfuException;
import dev.parley.adapter.media.sfu.SfuParticipant;
import dev.parley.adapter.media.sfu.TrackInfo;
import dev.parley.application.session.SessionAdmissionUseCase;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.DomainViolation;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.Action;
import dev.parley.domain.grant.Decision;
import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The signaling protocol for one client connection (docs/signaling.md). The first message must
 * be {@code join} with an access token, within the join timeout; the token is verified through
 * the application's {@link VerifyAccessTokenUseCase} for {@link TokenPurpose#ACCESS}, and its
 * grant must allow joining its room ({@code roomJoin} and {@code video.room}, via
 * {@link AccessPolicy}). Anything else first, a refused token or a denied join is answered with
 * an {@code error} and the connection is closed (1008). The grant is kept with the session and
 * decides every later request: {@code publish} needs canPublish and the source
 * ({@link VideoGrant#mayPublishSource}), {@code subscribe} needs canSubscribe. The token never
 * leaves this class: it is not logged, echoed or stored.
 *
 * <p>Thread-safe: requests are handled one at a time; room and PeerConnection events may arrive
 * from other threads and only send.
 */
public final class SignalingSession implements RoomListener, PeerEvents {

    private static final Logger LOG = Logger.getLogger(SignalingSession.class.getName());

    private enum State { AWAITING_JOIN, JOINED, CLOSED }

    private final SignalingConnection connection;
    private final VerifyAccessTokenUseCase tokens;
    private final AccessPolicy policy;
    private final Sfu sfu;
    private final SignalingLimits limits;
    private final JoinedSessions joined;
    private final SessionAdmissionUseCase admission;
    private volatile State state = State.AWAITING_JOIN;
    private String identity;
    private ScheduledFuture<?> joinTimer;
    private VideoGrant grant;
    private RoomName room;
    private SfuParticipant participant;

    SignalingSession(SignalingConnection connection, VerifyAccessTokenUseCase tokens, AccessPolicy policy, Sfu sfu,
            SignalingLimits limits, JoinedSessions joined, SessionAdmissionUseCase admission) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.joined = Objects.requireNonNull(joined, "joined");
        this.tokens = tokens;
        this.policy = policy;
        this.sfu = sfu;
        this.limits = limits;
    }

    synchronized void startJoinTimer(ScheduledExecutorService timers) {
        joinTimer = timers.schedule(this::joinTimedOut, limits.joinTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void joinTimedOut() {
        if (state == State.AWAITING_JOIN) {
            fail(null, ErrorCodes.JOIN_TIMEOUT, "no join message within " + limits.joinTimeout().toSeconds() + " s",
                    CloseCodes.POLICY_VIOLATION);
        }
    }

    /** True once joined and until closed. */
    public synchronized boolean isJoined() {
        return state == State.JOINED;
    }

    /** Handles one text message from the client. */
    public synchronized void onMessage(String text) {
        if (state == State.CLOSED) {
            return;
        }
        if (text.length() > limits.maxMessageChars()) {
            fail(null, ErrorCodes.MESSAGE_TOO_LARGE, "messages are limited to " + limits.maxMessageChars() + " characters",
                    CloseCodes.TOO_BIG);
            return;
        }
        ObjectNode msg = Json.parseObject(text).orElse(null);
        JsonNode id = null;
        try {
            if (msg == null || !msg.path("type").isTextual()) {
                throw new InvalidMessageException("a message is one JSON object with a string 'type'");
            }
            id = Fields.requestId(msg);
            String type = msg.get("type").textValue();
            if (state == State.AWAITING_JOIN) {
                if (!"join".equals(type)) {
                    fail(id, ErrorCodes.JOIN_EXPECTED, "the first message must be join", CloseCodes.POLICY_VIOLATION);
                    return;
                }
                join(id, msg);
                return;
            }
            switch (type) {
                case "join" -> error(id, ErrorCodes.ALREADY_JOINED, "this connection has joined already");
                case "publish" -> publish(id, msg);
                case "unpublish" -> unpublish(id, msg);
                case "subscribe" -> subscribe(id, msg);
                case "unsubscribe" -> unsubscribe(id, msg);
                case "offer" -> offer(id, msg);
                case "trickle" -> trickle(msg);
                case "ping" -> send(reply("pong", id));
                case "leave" -> close(CloseCodes.NORMAL, "leave");
                default -> throw new InvalidMessageException("unknown message type");
            }
        } catch (InvalidMessageException e) {
            if (state == State.AWAITING_JOIN) {
                fail(id, ErrorCodes.INVALID_MESSAGE, e.getMessage(), CloseCodes.POLICY_VIOLATION);
            } else {
                error(id, ErrorCodes.INVALID_MESSAGE, e.getMessage());
            }
        } catch (SfuException e) {
            error(id, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "signaling request failed", e);
            fail(id, ErrorCodes.INTERNAL_ERROR, "the server could not handle the request", CloseCodes.INTERNAL_ERROR);
        }
    }

    /**
     * The server ends this session (the participant was removed or banned, its grants changed,
     * the room ended): the client is told why, then the connection closes and the media stop.
     */
    public synchronized void endByServer(String reason) {
        if (state == State.CLOSED) {
            return;
        }
        ObjectNode n = Json.object();
        n.put("type", "session_ended");
        n.put("reason", reason);
        send(n);
        close(CloseCodes.POLICY_VIOLATION, reason);
    }

    /** The connection closed (by the client, the network or the server): leave the room. */
    public synchronized void onClose() {
        shutdown();
    }

    // ---- requests --------------------------------------------------------------------------

    private void join(JsonNode id, ObjectNode msg) {
        String token = Fields.text(msg, "token", limits.maxTokenChars());
        TokenClaims claims;
        try {
            claims = tokens.verify(token, TokenPurpose.ACCESS);
        } catch (TokenRefusedException e) {
            fail(id, e.code(), "the access token was refused", CloseCodes.POLICY_VIOLATION);
            return;
        }
        if (claims.subject().isEmpty()) {
            fail(id, "token_identity_invalid", "a room join needs a token with an identity (sub)", CloseCodes.POLICY_VIOLATION);
            return;
        }
        VideoGrant g = claims.video();
        RoomName r;
        try {
            r = RoomName.of(g.room());
        } catch (DomainViolation e) {
            deny(id, g.roomJoin() ? DenyReason.GRANT_ROOM_MISSING : DenyReason.ROOM_JOIN_NOT_GRANTED);
            return;
        }
        if (msg.has("room") && !r.value().equals(Fields.text(msg, "room", RoomName.MAX_LENGTH))) {
            deny(id, DenyReason.GRANT_ROOM_MISMATCH);
            return;
        }
        Decision d = policy.decide(g, new Action.JoinRoom(r));
        if (d instanceof Decision.Deny deny) {
            deny(id, deny.reason());
            return;
        }
        // A valid token is not admission: verifyToken decides bans, duplicates and limits, and a
        // removed or banned participant's media join is refused even with a fresh token.
        if (!admission.isAdmitted(r, claims.subject().get())) {
            fail(id, ErrorCodes.NOT_ADMITTED, "join the room with verifyToken first (or you were removed)",
                    CloseCodes.POLICY_VIOLATION);
            return;
        }
        if (joinTimer != null) {
            joinTimer.cancel(false);
        }
        grant = g;
        room = r;
        String identity = claims.subject().get().value();
        participant = sfu.join(r.value(), identity, this);
        this.identity = identity;
        joined.add(r.value(), identity, this);
        state = State.JOINED;
        ObjectNode out = reply("joined", id);
        out.put("room", r.value());
        ObjectNode me = out.putObject("participant");
        me.put("identity", identity);
        me.put("sid", participant.sid());
        me.put("name", claims.name());
        ObjectNode perms = out.putObject("permissions");
        perms.put("canPublish", g.effectiveCanPublish());
        perms.put("canSubscribe", g.effectiveCanSubscribe());
        ArrayNode sources = perms.putArray("canPublishSources");
        for (TrackSource s : TrackSource.values()) {
            if (g.mayPublishSource(s)) {
                sources.add(s.claimValue());
            }
        }
        ArrayNode tracks = out.putArray("tracks");
        for (TrackInfo t : participant.room().tracks()) {
            tracks.add(track(t));
        }
        send(out);
        LOG.fine(() -> "joined room " + r.value() + " as " + identity);
    }

    private void deny(JsonNode id, DenyReason reason) {
        fail(id, reason.code(), reason.message(), CloseCodes.POLICY_VIOLATION);
    }

    private void publish(JsonNode id, ObjectNode msg) {
        String trackId = Fields.token(msg, "trackId", 64);
        String kind = Fields.text(msg, "kind", 8);
        if (!"audio".equals(kind) && !"video".equals(kind)) {
            throw new InvalidMessageException("'kind' must be audio or video");
        }
        TrackSource source = TrackSource.fromClaim(Fields.text(msg, "source", 32))
                .orElseThrow(() -> new InvalidMessageException("'source' must be camera, microphone, screen_share or screen_share_audio"));
        boolean video = source == TrackSource.CAMERA || source == TrackSource.SCREEN_SHARE;
        if (video != "video".equals(kind)) {
            error(id, ErrorCodes.TRACK_KIND_MISMATCH, "source " + source.claimValue() + " does not produce " + kind);
            return;
        }
        if (!allowed(id, new Action.PublishTrack(room, source))) {
            return;
        }
        Publication p = participant.approvePublication(trackId, kind, source);
        ObjectNode out = reply("published", id);
        out.put("trackId", p.trackId());
        out.put("trackSid", p.sid());
        send(out);
    }

    private void unpublish(JsonNode id, ObjectNode msg) {
        String sid = Fields.text(msg, "trackSid", 64);
        participant.unpublish(sid);
        ObjectNode out = reply("unpublished", id);
        out.put("trackSid", sid);
        send(out);
    }

    private void subscribe(JsonNode id, ObjectNode msg) {
        List<String> sids = Fields.texts(msg, "trackSids", SfuParticipant.MAX_SUBSCRIPTIONS, 64);
        if (!allowed(id, new Action.Subscribe(room))) {
            return;
        }
        participant.subscribe(sids);
        ObjectNode out = reply("subscribed", id);
        ArrayNode a = out.putArray("trackSids");
        sids.forEach(a::add);
        send(out);
    }

    private void unsubscribe(JsonNode id, ObjectNode msg) {
        List<String> sids = Fields.texts(msg, "trackSids", SfuParticipant.MAX_SUBSCRIPTIONS, 64);
        participant.unsubscribe(sids);
        ObjectNode out = reply("unsubscribed", id);
        ArrayNode a = out.putArray("trackSids");
        sids.forEach(a::add);
        send(out);
    }

    private void offer(JsonNode id, ObjectNode msg) {
        String pc = Fields.pc(msg);
        String sdp = Fields.text(msg, "sdp", limits.maxMessageChars());
        Negotiation n;
        try {
            n = participant.negotiate(pc, sdp, this);
        } catch (SdpException e) {
            error(id, ErrorCodes.SDP_INVALID, e.getMessage());
            return;
        }
        ObjectNode out = reply("answer", id);
        out.put("pc", pc);
        out.put("sdp", n.answerSdp());
        ArrayNode tracks = out.putArray("tracks");
        for (Negotiation.Binding b : n.tracks()) {
            ObjectNode t = track(b.track());
            t.put("mid", b.mid());
            t.put("direction", b.direction());
            tracks.add(t);
        }
        send(out);
    }

    /**
     * Parley is ICE-lite (RFC 8445 §2.5): it learns the browser's address from its checks and
     * never checks candidates itself, so trickled candidates are read for form only and dropped.
     */
    private void trickle(ObjectNode msg) {
        Fields.pc(msg);
        JsonNode c = msg.get("candidate");
        if (c != null && !c.isNull() && !c.isObject() && !c.isTextual()) {
            throw new InvalidMessageException("'candidate' must be an object, a string or null");
        }
    }

    private boolean allowed(JsonNode id, Action action) {
        Decision d = policy.decide(grant, action);
        if (d instanceof Decision.Deny deny) {
            error(id, deny.reason().code(), deny.reason().message());
            return false;
        }
        return true;
    }

    // ---- events from the room and the PeerConnections --------------------------------------

    @Override
    public void onTrackPublished(TrackInfo track) {
        ObjectNode out = Json.object().put("type", "trackPublished");
        out.set("track", track(track));
        send(out);
    }

    @Override
    public void onTrackUnpublished(TrackInfo track) {
        ObjectNode out = Json.object().put("type", "trackUnpublished");
        out.set("track", track(track));
        send(out);
    }

    @Override
    public void onConnected(PeerSession peer, String srtpProfile) {
        send(Json.object().put("type", "pcState").put("pc", peer.pcId()).put("state", "connected").put("srtpProfile", srtpProfile));
    }

    @Override
    public void onClosed(PeerSession peer, String reason) {
        send(Json.object().put("type", "pcState").put("pc", peer.pcId()).put("state", "closed").put("reason", reason));
    }

    // ---- output ----------------------------------------------------------------------------

    private static ObjectNode track(TrackInfo t) {
        ObjectNode n = Json.object();
        n.put("trackSid", t.sid());
        n.put("participant", t.participant());
        n.put("kind", t.kind());
        n.put("source", t.source().claimValue());
        return n;
    }

    private static ObjectNode reply(String type, JsonNode id) {
        ObjectNode n = Json.object().put("type", type);
        if (id != null) {
            n.set("id", id);
        }
        return n;
    }

    private void error(JsonNode id, String code, String message) {
        ObjectNode n = reply("error", id);
        n.put("code", code);
        n.put("message", message);
        send(n);
    }

    private void fail(JsonNode id, String code, String message, int closeCode) {
        error(id, code, message);
        close(closeCode, code);
    }

    private void close(int code, String reason) {
        if (state == State.CLOSED) {
            return;
        }
        shutdown();
        connection.close(code, reason);
    }

    private void shutdown() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        if (joinTimer != null) {
            joinTimer.cancel(false);
        }
        if (participant != null) {
            joined.remove(room.value(), identity, this);
            participant.leave();
        }
    }

    private void send(ObjectNode n) {
        if (state != State.CLOSED || "error".equals(n.path("type").asText())) {
            connection.send(Json.write(n));
        }
    }
}
