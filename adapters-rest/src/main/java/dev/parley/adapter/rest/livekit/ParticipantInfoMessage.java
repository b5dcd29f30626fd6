package dev.parley.adapter.rest.livekit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.ProtoJsonWriter;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LiveKit's {@code ParticipantInfo} as Parley fills it. Until media exists a participant that
 * Parley admitted is {@code ACTIVE}, has no tracks and is not a publisher.
 *
 * @param state      {@code ParticipantInfo.State} value name
 * @param joinedAt   seconds since the epoch ({@code int64}: a JSON string)
 * @param joinedAtMs milliseconds since the epoch ({@code int64}: a JSON string)
 * @param kind       {@code ParticipantInfo.Kind} value name
 */
public record ParticipantInfoMessage(String sid, String identity, String state, String metadata, long joinedAt,
        long joinedAtMs, String name, ParticipantPermissionMessage permission, String kind,
        Map<String, String> attributes, boolean isPublisher) {

    public ParticipantInfoMessage {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** The message for {@code participant}. */
    public static ParticipantInfoMessage of(Participant participant) {
        return new ParticipantInfoMessage(participant.sid(), participant.identity().value(), "ACTIVE",
                participant.metadata(), participant.joinedAt().getEpochSecond(), participant.joinedAt().toEpochMilli(),
                participant.name(), ParticipantPermissionMessage.of(participant.grants()), kindName(participant.kind()),
                participant.attributes(), false);
    }

    /** LiveKit's {@code ParticipantInfo.Kind} value name for {@code kind}. */
    static String kindName(ParticipantKind kind) {
        return kind.name().toUpperCase(Locale.ROOT);
    }

    /** The JSON object, every field present. */
    public ObjectNode toJson(FieldNaming naming) {
        return ProtoJsonWriter.message(naming)
                .string("sid", sid)
                .string("identity", identity)
                .enumName("state", state)
                .messages("tracks", List.of())
                .string("metadata", metadata)
                .int64("joined_at", joinedAt)
                .int64("joined_at_ms", joinedAtMs)
                .string("name", name)
                .message("permission", permission.toJson(naming))
                .bool("is_publisher", isPublisher)
                .enumName("kind", kind)
                .stringMap("attributes", attributes)
                .build();
    }
}
