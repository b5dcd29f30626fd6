package dev.parley.adapter.rest.plugnmeet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.MalformedRequestException;
import dev.parley.adapter.rest.json.ProtoJsonWriter;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.port.in.RoomView;
import dev.parley.domain.room.Room;
import java.nio.charset.StandardCharsets;

/**
 * Plug-N-Meet's {@code ActiveRoomInfo} for an open room. {@code room_title} and {@code webhook_url}
 * come from the metadata the room was created with (empty when it is not Plug-N-Meet's JSON);
 * recording, RTMP and breakout rooms do not exist yet, so their flags are 0.
 */
public record ActiveRoomInfoMessage(String roomTitle, String roomId, String sid, long joinedParticipants,
        int isRunning, int isRecording, int isActiveRtmp, String webhookUrl, int isBreakoutRoom, String parentRoomId,
        long creationTime, String metadata) {

    /** The message for {@code view}. */
    public static ActiveRoomInfoMessage of(RoomView view) {
        Room room = view.room();
        ObjectNode metadata = metadataObject(room.metadata());
        return new ActiveRoomInfoMessage(text(metadata, "room_title", "roomTitle"), room.name().value(), room.sid(),
                view.participantCount() + view.hiddenCount(), room.isEnded() ? 0 : 1, 0, 0,
                text(metadata, "webhook_url", "webhookUrl"), 0, "", room.createdAt().getEpochSecond(), room.metadata());
    }

    /** The JSON object, every field present. */
    public ObjectNode toJson(FieldNaming naming) {
        return ProtoJsonWriter.message(naming)
                .string("room_title", roomTitle)
                .string("room_id", roomId)
                .string("sid", sid)
                .int64("joined_participants", joinedParticipants)
                .int32("is_running", isRunning)
                .int32("is_recording", isRecording)
                .int32("is_active_rtmp", isActiveRtmp)
                .string("webhook_url", webhookUrl)
                .int32("is_breakout_room", isBreakoutRoom)
                .string("parent_room_id", parentRoomId)
                .int64("creation_time", creationTime)
                .string("metadata", metadata)
                .build();
    }

    private static ObjectNode metadataObject(String metadata) {
        if (metadata.isEmpty() || metadata.charAt(0) != '{') {
            return StrictJson.newObject();
        }
        try {
            return StrictJson.parseObject(metadata.getBytes(StandardCharsets.UTF_8));
        } catch (MalformedRequestException e) {
            return StrictJson.newObject();
        }
    }

    private static String text(ObjectNode node, String protoName, String jsonName) {
        JsonNode v = node.has(protoName) ? node.get(protoName) : node.get(jsonName);
        return v != null && v.isTextual() ? v.textValue() : "";
    }
}
