package dev.parley.adapter.rest.twirp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.ProtoJsonWriter;
import dev.parley.adapter.rest.livekit.CreateRoomRequest;
import dev.parley.adapter.rest.livekit.DeleteRoomRequest;
import dev.parley.adapter.rest.livekit.ListParticipantsRequest;
import dev.parley.adapter.rest.livekit.ListRoomsRequest;
import dev.parley.adapter.rest.livekit.ParticipantInfoMessage;
import dev.parley.adapter.rest.livekit.RoomMessage;
import dev.parley.adapter.rest.livekit.RoomParticipantIdentity;
import dev.parley.adapter.rest.livekit.UpdateParticipantRequest;
import dev.parley.adapter.rest.livekit.UpdateRoomMetadataRequest;
import dev.parley.application.Caller;
import dev.parley.application.port.in.CreateRoomUseCase;
import dev.parley.application.port.in.DeleteRoomUseCase;
import dev.parley.application.port.in.ListParticipantsUseCase;
import dev.parley.application.port.in.ListRoomsUseCase;
import dev.parley.application.port.in.RemoveParticipantCommand;
import dev.parley.application.port.in.RemoveParticipantUseCase;
import dev.parley.application.port.in.UpdateParticipantUseCase;
import dev.parley.application.port.in.UpdateRoomMetadataUseCase;
import dev.parley.domain.participant.Participant;
import java.util.Map;
import java.util.Objects;

/**
 * One RoomService method, one use case: reads the request message, calls the in-port with the
 * authenticated caller (the use case checks the grant LiveKit requires and audits), and writes
 * the response message with LiveKit's JSON names.
 */
public final class RoomServiceHandler {

    private static final FieldNaming NAMING = FieldNaming.JSON_NAME;

    private final CreateRoomUseCase createRoom;
    private final ListRoomsUseCase listRooms;
    private final DeleteRoomUseCase deleteRoom;
    private final UpdateRoomMetadataUseCase updateRoomMetadata;
    private final ListParticipantsUseCase participants;
    private final RemoveParticipantUseCase removeParticipant;
    private final UpdateParticipantUseCase updateParticipant;

    public RoomServiceHandler(CreateRoomUseCase createRoom, ListRoomsUseCase listRooms, DeleteRoomUseCase deleteRoom,
            UpdateRoomMetadataUseCase updateRoomMetadata, ListParticipantsUseCase participants,
            RemoveParticipantUseCase removeParticipant, UpdateParticipantUseCase updateParticipant) {
        this.createRoom = Objects.requireNonNull(createRoom, "createRoom");
        this.listRooms = Objects.requireNonNull(listRooms, "listRooms");
        this.deleteRoom = Objects.requireNonNull(deleteRoom, "deleteRoom");
        this.updateRoomMetadata = Objects.requireNonNull(updateRoomMetadata, "updateRoomMetadata");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.removeParticipant = Objects.requireNonNull(removeParticipant, "removeParticipant");
        this.updateParticipant = Objects.requireNonNull(updateParticipant, "updateParticipant");
    }

    /**
     * Carries out {@code method} for {@code caller}.
     *
     * @return the response message
     * @throws TwirpException {@code unimplemented} for a method Parley does not have yet
     */
    public ObjectNode handle(RoomServiceMethod method, Caller caller, ProtoJsonObject request) {
        return switch (method) {
            case CREATE_ROOM -> createRoom(caller, CreateRoomRequest.from(request));
            case LIST_ROOMS -> listRooms(caller, ListRoomsRequest.from(request));
            case DELETE_ROOM -> {
                deleteRoom.deleteRoom(caller, DeleteRoomRequest.from(request).roomName());
                yield empty();
            }
            case LIST_PARTICIPANTS -> listParticipants(caller, ListParticipantsRequest.from(request));
            case GET_PARTICIPANT -> {
                RoomParticipantIdentity id = RoomParticipantIdentity.from(request);
                yield info(participants.getParticipant(caller, id.roomName(), id.participantIdentity()));
            }
            case REMOVE_PARTICIPANT -> {
                RoomParticipantIdentity id = RoomParticipantIdentity.from(request);
                removeParticipant.removeParticipant(caller,
                        new RemoveParticipantCommand(id.roomName(), id.participantIdentity(), false));
                yield empty();
            }
            case UPDATE_PARTICIPANT -> updateParticipant(caller, UpdateParticipantRequest.from(request));
            case UPDATE_ROOM_METADATA -> {
                UpdateRoomMetadataRequest r = UpdateRoomMetadataRequest.from(request);
                yield RoomMessage.of(updateRoomMetadata.updateRoomMetadata(caller, r.roomName(), r.metadata())).toJson(NAMING);
            }
            case MUTE_PUBLISHED_TRACK, UPDATE_SUBSCRIPTIONS, SEND_DATA, FORWARD_PARTICIPANT, MOVE_PARTICIPANT, PERFORM_RPC ->
                    throw unimplemented(method);
        };
    }

    /** The Twirp error of a method Parley does not have yet. */
    static TwirpException unimplemented(RoomServiceMethod method) {
        return new TwirpException(TwirpCode.UNIMPLEMENTED, "method_unimplemented",
                method.wireName() + " needs the media server, which this Parley version does not have yet");
    }

    private ObjectNode createRoom(Caller caller, CreateRoomRequest request) {
        if (request.asksForUnsupportedFeature()) {
            throw new TwirpException(TwirpCode.UNIMPLEMENTED, "feature_unimplemented",
                    "CreateRoomRequest.egress and .agents are not supported yet; create the room without them");
        }
        return RoomMessage.of(createRoom.createRoom(caller, request.toCommand())).toJson(NAMING);
    }

    private ObjectNode listRooms(Caller caller, ListRoomsRequest request) {
        return ProtoJsonWriter.message(NAMING)
                .messages("rooms", listRooms.listRooms(caller, request.roomNames()).stream()
                        .map(view -> RoomMessage.of(view).toJson(NAMING)).toList())
                .build();
    }

    private ObjectNode listParticipants(Caller caller, ListParticipantsRequest request) {
        return ProtoJsonWriter.message(NAMING)
                .messages("participants", participants.listParticipants(caller, request.roomName()).stream()
                        .map(RoomServiceHandler::info).toList())
                .build();
    }

    private ObjectNode updateParticipant(Caller caller, UpdateParticipantRequest request) {
        // LiveKit merges attributes; the use case replaces them, so the current ones are read first
        // (same transaction). Only when the request changes attributes.
        Map<String, String> current = request.changesAttributes()
                ? participants.getParticipant(caller, request.roomName(), request.participantIdentity()).attributes()
                : Map.of();
        return info(updateParticipant.updateParticipant(caller, request.toCommand(current)));
    }

    private static ObjectNode info(Participant participant) {
        return ParticipantInfoMessage.of(participant).toJson(NAMING);
    }

    private static ObjectNode empty() {
        return ProtoJsonWriter.message(NAMING).build();
    }
}
