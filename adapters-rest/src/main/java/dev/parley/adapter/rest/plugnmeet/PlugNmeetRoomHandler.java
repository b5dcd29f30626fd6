package dev.parley.adapter.rest.plugnmeet;

import static dev.parley.adapter.rest.plugnmeet.PlugNmeetResponses.NAMING;
import static dev.parley.adapter.rest.plugnmeet.PlugNmeetResponses.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.ProtoJsonWriter;
import dev.parley.adapter.rest.livekit.ParticipantInfoMessage;
import dev.parley.adapter.rest.livekit.RoomMessage;
import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.in.CreateRoomUseCase;
import dev.parley.application.port.in.DeleteRoomUseCase;
import dev.parley.application.port.in.GetRoomUseCase;
import dev.parley.application.port.in.ListParticipantsUseCase;
import dev.parley.application.port.in.ListRoomsUseCase;
import dev.parley.application.port.in.RoomView;
import dev.parley.application.token.MintAccessTokenUseCase;
import dev.parley.domain.room.RoomName;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One action, the use cases it needs, and Plug-N-Meet's response for it. The caller has signed
 * the request with an API secret, so the use cases let it do everything (they still audit).
 */
public final class PlugNmeetRoomHandler {

    private final CreateRoomUseCase createRoom;
    private final GetRoomUseCase getRoom;
    private final ListRoomsUseCase listRooms;
    private final DeleteRoomUseCase deleteRoom;
    private final ListParticipantsUseCase participants;
    private final MintAccessTokenUseCase mint;

    public PlugNmeetRoomHandler(CreateRoomUseCase createRoom, GetRoomUseCase getRoom, ListRoomsUseCase listRooms,
            DeleteRoomUseCase deleteRoom, ListParticipantsUseCase participants, MintAccessTokenUseCase mint) {
        this.createRoom = Objects.requireNonNull(createRoom, "createRoom");
        this.getRoom = Objects.requireNonNull(getRoom, "getRoom");
        this.listRooms = Objects.requireNonNull(listRooms, "listRooms");
        this.deleteRoom = Objects.requireNonNull(deleteRoom, "deleteRoom");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.mint = Objects.requireNonNull(mint, "mint");
    }

    /** Carries out {@code action} for {@code caller}; returns the response body. */
    public ObjectNode handle(PlugNmeetAction action, Caller caller, ProtoJsonObject request) {
        return switch (action) {
            case CREATE -> {
                RoomView view = createRoom.createRoom(caller, CreateRoomReq.from(request).toCommand());
                yield status(true, "success").message("room_info", RoomMessage.of(view).toJson(NAMING)).build();
            }
            case GET_JOIN_TOKEN -> joinToken(caller, GenerateTokenReq.from(request));
            case IS_ROOM_ACTIVE -> isRoomActive(caller, RoomIdReq.from(request).roomName());
            case GET_ACTIVE_ROOM_INFO -> {
                RoomView view = getRoom.getRoom(caller, RoomIdReq.from(request).roomName());
                yield status(true, "success").message("room", roomWithParticipants(caller, view)).build();
            }
            case GET_ACTIVE_ROOMS_INFO -> activeRooms(caller);
            case END_ROOM -> {
                deleteRoom.deleteRoom(caller, RoomIdReq.from(request).roomName());
                yield status(true, "success").build();
            }
        };
    }

    private ObjectNode joinToken(Caller caller, GenerateTokenReq request) {
        // The room must be open (Plug-N-Meet refuses tokens for rooms that are not active).
        getRoom.getRoom(caller, request.roomName());
        // Signed with the key that signed the request, as Plug-N-Meet does with its one key.
        String signingKey = caller.grant().isEmpty() ? caller.actor() : null;
        String token = mint.mint(request.toMintCommand(signingKey)).token();
        return status(true, "success").string("token", token).build();
    }

    private ObjectNode isRoomActive(Caller caller, RoomName room) {
        try {
            getRoom.getRoom(caller, room);
            return status(true, "room is active").bool("is_active", true).build();
        } catch (UseCaseException e) {
            if (e.kind() != UseCaseException.Kind.NOT_FOUND) {
                throw e;
            }
            return status(false, "room is not active").bool("is_active", false).build();
        }
    }

    private ObjectNode activeRooms(Caller caller) {
        List<ObjectNode> rooms = listRooms.listRooms(caller, Set.of()).stream()
                .map(view -> roomWithParticipants(caller, view)).toList();
        return status(!rooms.isEmpty(), rooms.isEmpty() ? "no active room found" : "success")
                .messages("rooms", rooms).build();
    }

    /** Plug-N-Meet's {@code ActiveRoomWithParticipant}. */
    private ObjectNode roomWithParticipants(Caller caller, RoomView view) {
        List<ObjectNode> infos = participants.listParticipants(caller, view.room().name()).stream()
                .map(p -> ParticipantInfoMessage.of(p).toJson(NAMING)).toList();
        return ProtoJsonWriter.message(NAMING)
                .message("room_info", ActiveRoomInfoMessage.of(view).toJson(NAMING))
                .messages("participants_info", infos)
                .build();
    }
}
