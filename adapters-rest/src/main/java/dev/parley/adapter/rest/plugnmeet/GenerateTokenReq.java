package dev.parley.adapter.rest.plugnmeet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.StrictJson;
import dev.parley.application.UseCaseException;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Plug-N-Meet's {@code GenerateTokenReq}: {@code room_id} and {@code user_info} with a required
 * {@code name} and {@code user_id}. The token grants joining that room with LiveKit's defaults;
 * {@code is_admin} adds roomAdmin, {@code is_hidden} makes the participant hidden (Plug-N-Meet
 * forgets to pass it to LiveKit); {@code user_metadata}, when given, becomes the token's metadata
 * as compact JSON.
 */
public record GenerateTokenReq(String roomId, String name, String userId, boolean isAdmin, boolean isHidden,
        Optional<ObjectNode> userMetadata) {

    /** Reads the request. */
    public static GenerateTokenReq from(ProtoJsonObject json) {
        ProtoJsonObject user = json.message("user_info")
                .orElseThrow(() -> invalid("user_info_required", "user_info is required"));
        return new GenerateTokenReq(json.string("room_id"), user.string("name"), user.string("user_id"),
                user.bool("is_admin"), user.bool("is_hidden"), user.rawObject("user_metadata"));
    }

    /** The room. */
    public RoomName roomName() {
        return RoomIdReq.requiredRoom(roomId);
    }

    /** What to mint: an ACCESS token for this user in this room, the policy's default lifetime, signed with {@code signingKeyId} (null: the newest active key). */
    public MintTokenCommand toMintCommand(String signingKeyId) {
        if (name.isEmpty()) {
            throw invalid("user_name_required", "user_info.name is required");
        }
        if (userId.isEmpty()) {
            throw invalid("user_id_required", "user_info.user_id is required");
        }
        RoomName room = roomName();
        VideoGrant grant = VideoGrant.join(room.value()).toBuilder().roomAdmin(isAdmin).hidden(isHidden).build();
        return MintTokenCommand.builder()
                .keyId(signingKeyId)
                .identity(Identity.of(userId))
                .room(room.value())
                .grants(grant)
                .name(name)
                .metadata(userMetadata.map(m -> new String(StrictJson.write(m), StandardCharsets.UTF_8)).orElse(""))
                .build();
    }

    private static UseCaseException invalid(String code, String message) {
        return new UseCaseException(UseCaseException.Kind.INVALID, code, message);
    }
}
