package dev.parley.application.webhook.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One webhook to deliver to one endpoint: what the outbox stores. The body is the exact text
 * that will be posted (UTF-8 on the wire) and signed; it is rendered once, when the event
 * happens, so that every attempt sends the same bytes with the same event id.
 *
 * @param eventId    the event's unique id ({@code id} in the body, LiveKit's {@code EV_...}); the
 *                   same for every endpoint the event goes to, so receivers can drop duplicates
 * @param eventName  LiveKit's event name, e.g. {@code participant_joined}
 * @param room       the room's name: events of one room reach one endpoint in the order they happened
 * @param endpointId the endpoint's id ({@code WebhookEndpoint#id()}): a hash, never the URL itself
 * @param body       the JSON body, at most {@link #MAX_BODY_CHARS} characters
 * @param createdAt  when the event happened; delivery gives up {@code maxAge} after it
 */
public record WebhookMessage(String eventId, String eventName, String room, String endpointId, String body, Instant createdAt) {

    /**
     * Longest body, in UTF-16 units: more than the largest event can render to (512 KiB of
     * participant metadata, 64 KiB of attributes and 64 KiB of room metadata, every byte escaped
     * as a six-character JSON escape).
     */
    public static final int MAX_BODY_CHARS = 4 * 1024 * 1024;

    public WebhookMessage {
        requireToken(eventId, 64, "eventId");
        requireToken(eventName, 64, "eventName");
        requireToken(endpointId, 64, "endpointId");
        Objects.requireNonNull(room, "room");
        if (room.isEmpty() || room.length() > 128) {
            throw new IllegalArgumentException("room must have 1 to 128 characters");
        }
        Objects.requireNonNull(body, "body");
        if (body.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("body is longer than " + MAX_BODY_CHARS + " characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    private static void requireToken(String value, int max, String field) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(field + " must have 1 to " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException(field + " must be printable ASCII without spaces");
            }
        }
    }

    /** The delivery stream this message belongs to: room and endpoint. */
    public String stream() {
        return room + "\u0000" + endpointId;
    }

    @Override
    public String toString() {
        // The body holds participant metadata: never print it.
        return "WebhookMessage[eventId=" + eventId + ", event=" + eventName + ", room=" + room
                + ", endpoint=" + endpointId + ", bodyChars=" + body.length() + ", createdAt=" + createdAt + "]";
    }
}
