package dev.parley.adapter.nats.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.session.RenewedSession;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the JSON Parley exchanges with participants over NATS. Field names are
 * camelCase, instants are ISO-8601 UTC strings, binary keys are unpadded base64url.
 */
public final class MessagingJson {

    /** Largest renewal request body accepted, in bytes (a token with large metadata fits). */
    public static final int MAX_RENEWAL_REQUEST_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxStringLength(MAX_RENEWAL_REQUEST_BYTES)
                    .maxDocumentLength(MAX_RENEWAL_REQUEST_BYTES)
                    .build())
            .build());
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private MessagingJson() {
    }

    /**
     * The event as published on {@code parley.<room>.events}, or empty when it must not be
     * published: an event about a hidden participant is never announced (defence in depth, the
     * application should not emit one either).
     */
    public static Optional<byte[]> roomEvent(RoomEvent event) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", event.eventName());
        Room room = event.room();
        ObjectNode r = n.putObject("room");
        r.put("name", room.name().value());
        r.put("sid", room.sid());
        Participant participant = null;
        if (event instanceof RoomEvent.RoomStarted || event instanceof RoomEvent.RoomMetadataChanged) {
            r.put("metadata", room.metadata());
        } else if (event instanceof RoomEvent.ParticipantJoined e) {
            participant = e.participant();
        } else if (event instanceof RoomEvent.ParticipantUpdated e) {
            participant = e.participant();
        } else if (event instanceof RoomEvent.ParticipantLeft e) {
            participant = e.participant();
        }
        if (participant != null) {
            if (participant.isHidden()) {
                return Optional.empty();
            }
            participant(n.putObject("participant"), participant);
            if (event instanceof RoomEvent.ParticipantLeft e) {
                n.put("reason", e.reason());
            }
        }
        return Optional.of(bytes(n));
    }

    private static void participant(ObjectNode p, Participant participant) {
        p.put("sid", participant.sid());
        p.put("identity", participant.identity().value());
        p.put("name", participant.name());
        p.put("metadata", participant.metadata());
        ObjectNode attrs = p.putObject("attributes");
        participant.attributes().forEach(attrs::put);
        p.put("kind", participant.kind().claimValue());
        p.put("joinedAt", participant.joinedAt().toString());
        VideoGrant g = participant.grants();
        ObjectNode perm = p.putObject("permission");
        perm.put("canPublish", g.effectiveCanPublish());
        perm.put("canSubscribe", g.effectiveCanSubscribe());
        perm.put("canPublishData", g.effectiveCanPublishData());
        ArrayNode sources = perm.putArray("canPublishSources");
        for (TrackSource s : TrackSource.values()) {
            if (g.effectiveCanPublish() && (g.canPublishSources().isEmpty() || g.canPublishSources().contains(s))) {
                sources.add(s.claimValue());
            }
        }
        perm.put("canUpdateOwnMetadata", g.effectiveCanUpdateOwnMetadata());
        perm.put("recorder", g.recorder());
        perm.put("agent", g.agent());
    }

    /** A private message as published on {@code parley.<room>.private.<sid>}. */
    public static byte[] privateMessage(PrivateMessage message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", message.type());
        if (message instanceof PrivateMessage.RoomKey k) {
            n.put("epoch", k.epoch());
            n.put("keyIndex", k.keyIndex());
            byte[] key = k.key();
            n.put("key", B64URL.encodeToString(key));
            java.util.Arrays.fill(key, (byte) 0);
        } else if (message instanceof PrivateMessage.CredentialsRefreshed c) {
            n.put("token", c.token());
            credential(n.putObject("credential"), c.credential());
        } else if (message instanceof PrivateMessage.SessionEnded e) {
            n.put("reason", e.reason());
        }
        return bytes(n);
    }

    /** Writes {@code c} into {@code n}, seed included: only ever sent to the session it belongs to. */
    public static void credential(ObjectNode n, MessagingCredential c) {
        n.put("id", c.credentialId());
        n.put("jwt", c.userJwt());
        n.put("seed", c.userSeed());
        ArrayNode urls = n.putArray("urls");
        c.urls().forEach(urls::add);
        ObjectNode subjects = n.putObject("subjects");
        c.subjects().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> subjects.put(e.getKey(), e.getValue()));
        n.put("inboxPrefix", c.inboxPrefix());
        n.put("expiresAt", c.expiresAt().toString());
    }

    /** The reply to a successful renewal: {@code {"token","tokenExpiresAt","credential"}}. */
    public static byte[] renewalReply(RenewedSession renewed) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("token", renewed.token());
        n.put("tokenExpiresAt", renewed.tokenExpiresAt().toString());
        credential(n.putObject("credential"), renewed.messaging());
        return bytes(n);
    }

    /** An error reply: {@code {"error":{"code","message"}}}. */
    public static byte[] error(String code, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        ObjectNode e = n.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return bytes(n);
    }

    /**
     * Reads a renewal request body: exactly one JSON object {@code {"token":"<string>"}}.
     *
     * @throws MalformedRequestException with code {@code request_too_large}, {@code request_not_json},
     *         or {@code request_invalid} (not an object, duplicate or unknown field, token missing,
     *         empty or not a string)
     */
    public static String renewalToken(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedRequestException("request_invalid", "the request body is empty; expected {\"token\":\"...\"}");
        }
        if (body.length > MAX_RENEWAL_REQUEST_BYTES) {
            throw new MalformedRequestException("request_too_large",
                    "the request body is larger than " + MAX_RENEWAL_REQUEST_BYTES + " bytes");
        }
        JsonNode root;
        try (JsonParser p = MAPPER.createParser(body)) {
            root = MAPPER.readTree(p);
            if (root != null && p.nextToken() != null) {
                throw new MalformedRequestException("request_not_json", "trailing data after the JSON object");
            }
        } catch (IOException e) {
            throw new MalformedRequestException("request_not_json", "the request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedRequestException("request_invalid", "the request must be a JSON object {\"token\":\"...\"}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            if (!"token".equals(it.next())) {
                throw new MalformedRequestException("request_invalid", "the request has a field other than token");
            }
        }
        JsonNode token = root.get("token");
        if (token == null || !token.isTextual() || token.textValue().isEmpty()) {
            throw new MalformedRequestException("request_invalid", "token is missing or not a non-empty string");
        }
        return token.textValue();
    }

    /** Parses any JSON body (tests and tools). */
    public static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new MalformedRequestException("request_not_json", "not valid JSON");
        }
    }

    private static byte[] bytes(ObjectNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
