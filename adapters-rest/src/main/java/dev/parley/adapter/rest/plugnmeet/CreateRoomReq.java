package dev.parley.adapter.rest.plugnmeet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.RoomPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Plug-N-Meet's {@code CreateRoomReq}: {@code room_id} (required), {@code empty_timeout}
 * (seconds, at least 120, default 1800), {@code max_participants} (0 for no limit) and the
 * {@code metadata} object (required, with a non-empty {@code room_title}), which Parley keeps as
 * the room's metadata.
 *
 * <p>End-to-end encryption: {@code metadata.room_features.end_to_end_encryption_features.is_enabled}
 * selects a key policy: SERVER_MANAGED, or PARTICIPANT_SUPPLIED when
 * {@code enabled_self_insert_encryption_key} is also set. The {@code encryption_key} member is the
 * server's to fill (Plug-N-Meet's validation forces it empty on input, then leaks it in metadata,
 * responses and webhooks): a non-empty one is refused, an empty one dropped, and none is ever stored
 * in metadata.
 */
public record CreateRoomReq(String roomId, long emptyTimeout, long maxParticipants, ObjectNode metadata,
        String roomTitle, KeyPolicy keyPolicy) {

    /** Plug-N-Meet's default empty timeout. */
    static final Duration DEFAULT_EMPTY_TIMEOUT = Duration.ofSeconds(1800);
    /** Plug-N-Meet's shortest empty timeout. */
    static final long MIN_EMPTY_TIMEOUT_SECONDS = 120;

    /** Reads and checks the request. */
    public static CreateRoomReq from(ProtoJsonObject json) {
        ProtoJsonObject metadata = json.message("metadata")
                .orElseThrow(() -> invalid("metadata_required", "metadata is required"));
        String title = metadata.string("room_title");
        if (title.isEmpty()) {
            throw invalid("room_title_required", "metadata.room_title is required");
        }
        Optional<ProtoJsonObject> e2ee = metadata.message("room_features")
                .flatMap(features -> features.message("end_to_end_encryption_features"));
        KeyPolicy keyPolicy = KeyPolicy.NONE;
        if (e2ee.isPresent()) {
            if (!e2ee.get().string("encryption_key").isEmpty()) {
                throw invalid("encryption_key_not_allowed", e2ee.get().label("encryption_key")
                        + " must not be sent: room key material is generated and held by Parley");
            }
            if (e2ee.get().bool("is_enabled")) {
                keyPolicy = e2ee.get().bool("enabled_self_insert_encryption_key")
                        ? KeyPolicy.PARTICIPANT_SUPPLIED : KeyPolicy.SERVER_MANAGED;
            }
        }
        ObjectNode stored = json.rawObject("metadata").orElseThrow().deepCopy();
        dropEncryptionKey(stored);
        return new CreateRoomReq(json.string("room_id"), json.uint32("empty_timeout"), json.uint32("max_participants"),
                stored, title, keyPolicy);
    }

    /** The command for the use case. */
    public CreateRoomCommand toCommand() {
        Duration empty = DEFAULT_EMPTY_TIMEOUT;
        if (emptyTimeout != 0) {
            if (emptyTimeout < MIN_EMPTY_TIMEOUT_SECONDS) {
                throw invalid("empty_timeout_invalid", "empty_timeout must be at least " + MIN_EMPTY_TIMEOUT_SECONDS + " seconds");
            }
            empty = Duration.ofSeconds(emptyTimeout);
        }
        RoomPolicy defaults = RoomPolicy.defaults();
        RoomPolicy policy = defaults.withTimeouts(empty, defaults.departureTimeout())
                .withMaxParticipants((int) Math.min(maxParticipants, Integer.MAX_VALUE))
                .withKeyPolicy(keyPolicy);
        return new CreateRoomCommand(RoomIdReq.requiredRoom(roomId), policy,
                new String(StrictJson.write(metadata), StandardCharsets.UTF_8));
    }

    private static void dropEncryptionKey(ObjectNode metadata) {
        child(metadata, "room_features", "roomFeatures")
                .flatMap(features -> child(features, "end_to_end_encryption_features", "endToEndEncryptionFeatures"))
                .ifPresent(e2ee -> e2ee.remove(java.util.List.of("encryption_key", "encryptionKey")));
    }

    private static Optional<ObjectNode> child(ObjectNode node, String protoName, String jsonName) {
        JsonNode v = node.get(protoName);
        if (v == null) {
            v = node.get(jsonName);
        }
        return v instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    private static UseCaseException invalid(String code, String message) {
        return new UseCaseException(UseCaseException.Kind.INVALID, code, message);
    }
}
