package dev.parley.adapter.rest.livekit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.ProtoJsonWriter;
import dev.parley.application.port.in.RoomView;
import dev.parley.domain.room.Room;

/**
 * LiveKit's {@code Room} message as Parley fills it. {@code turn_password} is never sent (a
 * credential), {@code num_publishers} is 0 and {@code active_recording} false until media exists.
 *
 * @param creationTime   seconds since the epoch ({@code int64}: a JSON string)
 * @param creationTimeMs milliseconds since the epoch ({@code int64}: a JSON string)
 * @param numParticipants visible participants (hidden ones are not counted, as in LiveKit)
 */
public record RoomMessage(String sid, String name, long emptyTimeout, long departureTimeout, long maxParticipants,
        long creationTime, long creationTimeMs, String metadata, long numParticipants, long numPublishers,
        boolean activeRecording) {

    /** The message for {@code view}. */
    public static RoomMessage of(RoomView view) {
        Room room = view.room();
        return new RoomMessage(room.sid(), room.name().value(), room.policy().emptyTimeout().toSeconds(),
                room.policy().departureTimeout().toSeconds(), room.policy().maxParticipants(),
                room.createdAt().getEpochSecond(), room.createdAt().toEpochMilli(), room.metadata(),
                view.participantCount(), 0, false);
    }

    /** The JSON object, every field present. */
    public ObjectNode toJson(FieldNaming naming) {
        return ProtoJsonWriter.message(naming)
                .string("sid", sid)
                .string("name", name)
                .int32("empty_timeout", emptyTimeout)
                .int32("departure_timeout", departureTimeout)
                .int32("max_participants", maxParticipants)
                .int64("creation_time", creationTime)
                .int64("creation_time_ms", creationTimeMs)
                .string("metadata", metadata)
                .int32("num_participants", numParticipants)
                .int32("num_publishers", numPublishers)
                .bool("active_recording", activeRecording)
                .build();
    }
}
