package dev.parley.application.webhook;

import dev.parley.application.event.RoomEvent;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.Room;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a room event as LiveKit's {@code WebhookEvent} in protojson, the way LiveKit's server
 * marshals it (livekit_webhook.proto, livekit_models.proto): lowerCamelCase field names, fields
 * in declaration order, fields at their default value (empty, zero, false, the first enum value)
 * left out, 64-bit integers as decimal strings, enums by name.
 *
 * <p>What goes in is chosen, not copied: the room's sid, name, timeouts, participant limit,
 * creation time, metadata and visible participant count; the participant's sid, identity, state,
 * metadata, join time, name, permission, kind, attributes and, on leaving, the reason. Never a
 * TURN password, a token, an API secret or room key material (none of them is in the domain's
 * room or participant, and nothing else is read).
 *
 * <p>Text is escaped as JSON requires ({@code "}, {@code \}, control characters) and unpaired
 * surrogates as {@code \\uXXXX}, so the body is valid UTF-8 and every database stores it unchanged.
 */
final class WebhookJson {

    private WebhookJson() {
    }

    /** The body of {@code event} with this id and creation time; {@code numParticipants} counts visible ones. */
    static String render(RoomEvent event, String eventId, Instant createdAt, int numParticipants) {
        JsonOut out = new JsonOut();
        out.begin();
        out.string("event", event.eventName());
        out.name("room");
        room(out, event.room(), numParticipants);
        if (event instanceof RoomEvent.ParticipantJoined joined) {
            out.name("participant");
            participant(out, joined.participant(), "ACTIVE", null);
        } else if (event instanceof RoomEvent.ParticipantLeft left) {
            out.name("participant");
            participant(out, left.participant(), "DISCONNECTED", disconnectReason(left.reason()));
        } else if (event instanceof RoomEvent.ParticipantUpdated updated) {
            out.name("participant");
            participant(out, updated.participant(), "ACTIVE", null);
        }
        out.string("id", eventId);
        out.int64("createdAt", createdAt.getEpochSecond());
        out.end();
        return out.toString();
    }

    private static void room(JsonOut out, Room room, int numParticipants) {
        out.begin();
        out.string("sid", room.sid());
        out.string("name", room.name().value());
        out.uint32("emptyTimeout", room.policy().emptyTimeout().toSeconds());
        out.uint32("departureTimeout", room.policy().departureTimeout().toSeconds());
        out.uint32("maxParticipants", room.policy().maxParticipants());
        out.int64("creationTime", room.createdAt().getEpochSecond());
        out.int64("creationTimeMs", room.createdAt().toEpochMilli());
        out.string("metadata", room.metadata());
        out.uint32("numParticipants", numParticipants);
        out.end();
    }

    private static void participant(JsonOut out, Participant p, String state, String disconnectReason) {
        out.begin();
        out.string("sid", p.sid());
        out.string("identity", p.identity().value());
        out.enumValue("state", state, "JOINING");
        out.string("metadata", p.metadata());
        out.int64("joinedAt", p.joinedAt().getEpochSecond());
        out.int64("joinedAtMs", p.joinedAt().toEpochMilli());
        out.string("name", p.name());
        out.name("permission");
        permission(out, p.grants());
        out.enumValue("kind", kind(p.kind()), "STANDARD");
        if (!p.attributes().isEmpty()) {
            out.name("attributes");
            out.begin();
            for (Map.Entry<String, String> e : new TreeMap<>(p.attributes()).entrySet()) {
                out.name(e.getKey());
                out.text(e.getValue());
            }
            out.end();
        }
        if (disconnectReason != null) {
            out.enumValue("disconnectReason", disconnectReason, "UNKNOWN_REASON");
        }
        out.end();
    }

    /** LiveKit's {@code ParticipantPermission}, from the effective grant. */
    private static void permission(JsonOut out, VideoGrant g) {
        out.begin();
        out.bool("canSubscribe", g.effectiveCanSubscribe());
        out.bool("canPublish", g.effectiveCanPublish());
        out.bool("canPublishData", g.effectiveCanPublishData());
        if (g.effectiveCanPublish() && !g.canPublishSources().isEmpty()) {
            out.name("canPublishSources");
            out.beginArray();
            for (TrackSource s : TrackSource.values()) {
                if (g.canPublishSources().contains(s)) {
                    out.element(s.name());
                }
            }
            out.endArray();
        }
        out.bool("hidden", g.hidden());
        out.bool("recorder", g.recorder());
        out.bool("canUpdateMetadata", g.effectiveCanUpdateOwnMetadata());
        out.bool("agent", g.agent());
        out.end();
    }

    private static String kind(ParticipantKind kind) {
        // ParticipantKind's names are LiveKit's ParticipantInfo.Kind names.
        return kind.name();
    }

    /** LiveKit's {@code DisconnectReason} for the reasons the services give. */
    static String disconnectReason(String reason) {
        return switch (reason) {
            case "left" -> "CLIENT_INITIATED";
            case "replaced" -> "DUPLICATE_IDENTITY";
            case "removed", "banned" -> "PARTICIPANT_REMOVED";
            case "room_deleted" -> "ROOM_DELETED";
            case "room_closed" -> "ROOM_CLOSED";
            default -> "UNKNOWN_REASON";
        };
    }

    /** A minimal JSON writer for the shapes above (objects, one array of enum names). */
    private static final class JsonOut {
        private final StringBuilder sb = new StringBuilder(256);
        private boolean first = true;

        void begin() {
            sb.append('{');
            first = true;
        }

        void end() {
            sb.append('}');
            first = false;
        }

        void beginArray() {
            sb.append('[');
            first = true;
        }

        void endArray() {
            sb.append(']');
            first = false;
        }

        void element(String value) {
            comma();
            quote(value);
        }

        void name(String name) {
            comma();
            quote(name);
            sb.append(':');
            first = true; // the value follows without a comma
        }

        void text(String value) {
            quote(value);
            first = false;
        }

        void string(String name, String value) {
            if (value != null && !value.isEmpty()) {
                name(name);
                text(value);
            }
        }

        void int64(String name, long value) {
            if (value != 0) {
                name(name);
                sb.append('"').append(value).append('"');
                first = false;
            }
        }

        void uint32(String name, long value) {
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException(name + " does not fit a uint32");
            }
            if (value != 0) {
                name(name);
                sb.append(value);
                first = false;
            }
        }

        void bool(String name, boolean value) {
            if (value) {
                name(name);
                sb.append("true");
                first = false;
            }
        }

        void enumValue(String name, String value, String defaultValue) {
            if (!value.equals(defaultValue)) {
                name(name);
                text(value);
            }
        }

        private void comma() {
            if (!first) {
                sb.append(',');
            }
            first = false;
        }

        private void quote(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    default -> {
                        if (c < 0x20) {
                            unicodeEscape(c);
                        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else if (Character.isSurrogate(c)) {
                            unicodeEscape(c);
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        private void unicodeEscape(char c) {
            sb.append("\\u");
            String hex = Integer.toHexString(c);
            for (int k = hex.length(); k < 4; k++) {
                sb.append('0');
            }
            sb.append(hex);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
