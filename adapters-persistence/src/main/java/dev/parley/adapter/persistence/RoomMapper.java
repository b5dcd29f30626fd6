package dev.parley.adapter.persistence;

import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.DuplicateIdentityPolicy;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.room.RoomState;
import java.time.Duration;

/** Room to row and back, every field; instants at microsecond precision (see {@link Columns#instant}). */
final class RoomMapper {

    private RoomMapper() {
    }

    static RoomEntity toNewEntity(Room room) {
        RoomEntity e = new RoomEntity();
        e.name = room.name().value();
        copy(room, e);
        return e;
    }

    /** Writes every field of {@code room} but its name (the key) into {@code e}. */
    static void copy(Room room, RoomEntity e) {
        RoomPolicy p = room.policy();
        e.sid = Columns.text(room.sid(), 255, "room sid");
        e.state = room.state().name();
        e.metadata = Columns.text(room.metadata(), 65536, "room metadata");
        e.maxParticipants = p.maxParticipants();
        e.emptyTimeoutNanos = p.emptyTimeout().toNanos();
        e.departureTimeoutNanos = p.departureTimeout().toNanos();
        e.keyPolicy = p.keyPolicy().name();
        e.allowedFeatures = EnumSets.encode(p.allowedFeatures(), Feature.class);
        e.duplicateIdentity = p.duplicateIdentity().name();
        e.createdAt = Columns.instant(room.createdAt());
        e.lastActivityAt = Columns.instant(room.lastActivityAt());
        e.endedAt = Columns.instant(room.endedAt());
    }

    static Room toDomain(RoomEntity e) {
        RoomPolicy policy = new RoomPolicy(
                e.maxParticipants,
                Duration.ofNanos(e.emptyTimeoutNanos),
                Duration.ofNanos(e.departureTimeoutNanos),
                KeyPolicy.valueOf(e.keyPolicy),
                EnumSets.decode(e.allowedFeatures, Feature.class),
                DuplicateIdentityPolicy.valueOf(e.duplicateIdentity));
        return new Room(RoomName.of(e.name), e.sid, policy, RoomState.valueOf(e.state), e.metadata,
                e.createdAt, e.lastActivityAt, e.endedAt);
    }
}
