package dev.parley.application.roomkey;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.service.Authorizer;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.util.Map;
import java.util.Objects;

/** Rotation on an administrator's request: API-secret holders only, audited, SERVER_MANAGED rooms only. */
public final class RoomKeyAdministrationService implements RotateRoomKeyUseCase {

    private final RoomRepository rooms;
    private final RoomKeyService keys;
    private final Authorizer authorizer;

    public RoomKeyAdministrationService(RoomRepository rooms, RoomKeyService keys, Authorizer authorizer) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    }

    @Override
    public KeyEpoch rotateRoomKey(Caller caller, RoomName name) {
        authorizer.requireApiSecretHolder(caller, "room.key.rotate", Map.of("room", name.value()));
        Room room = rooms.find(name).filter(r -> !r.isEnded())
                .orElseThrow(() -> UseCaseException.roomNotFound(name.value()));
        KeyEpoch epoch = keys.rotate(room, RotationReason.ADMIN_REQUEST).orElseThrow(() -> new UseCaseException(
                UseCaseException.Kind.CONFLICT, "room_key_not_server_managed",
                "room " + name + " has key policy " + room.policy().keyPolicy() + ": Parley holds no key to rotate"));
        authorizer.recordAllowed(caller, "room.key.rotate", name.value(), Map.of("epoch", Long.toString(epoch.number())));
        return epoch;
    }
}
