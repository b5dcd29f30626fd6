package dev.parley.domain.room;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.Limits;
import dev.parley.domain.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A room: its name, policy, lifecycle state and metadata. Immutable; every change returns a new
 * room and refuses transitions the lifecycle does not allow (nothing changes an ENDED room).
 *
 * @param name      unique name
 * @param sid       server-assigned id (LiveKit's {@code RM_...}), stable for the room's lifetime
 * @param policy    the rules it lives by
 * @param state     lifecycle state
 * @param metadata  free text for the application, at most {@link Limits#MAX_ROOM_METADATA_BYTES}
 * @param createdAt when it was created
 * @param lastActivityAt when someone last joined or left (drives the empty and departure timeouts)
 * @param endedAt   when it ended, if it has
 */
public record Room(
        RoomName name,
        String sid,
        RoomPolicy policy,
        RoomState state,
        String metadata,
        Instant createdAt,
        Instant lastActivityAt,
        Instant endedAt) {

    public Room {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        metadata = metadata == null ? "" : metadata;
        Text.requireMaxBytes(metadata, Limits.MAX_ROOM_METADATA_BYTES, "room_metadata_too_large", "room metadata");
        if ((state == RoomState.ENDED) != (endedAt != null)) {
            throw new IllegalArgumentException("endedAt must be set exactly when the room is ENDED");
        }
    }

    /** A new room in state CREATED. */
    public static Room create(RoomName name, String sid, RoomPolicy policy, String metadata, Instant now) {
        return new Room(name, sid, policy, RoomState.CREATED, metadata, now, now, null);
    }

    /** The room once somebody joined: CREATED becomes ACTIVE; ACTIVE only records the activity. */
    public Room activate(Instant now) {
        requireNotEnded();
        return new Room(name, sid, policy, RoomState.ACTIVE, metadata, createdAt, now, null);
    }

    /** Records that a participant left at {@code now}. */
    public Room recordDeparture(Instant now) {
        requireNotEnded();
        return new Room(name, sid, policy, state, metadata, createdAt, now, null);
    }

    /** The room closed at {@code now}; ending an ended room is refused. */
    public Room end(Instant now) {
        requireNotEnded();
        return new Room(name, sid, policy, RoomState.ENDED, metadata, createdAt, lastActivityAt, now);
    }

    /** A copy with new metadata (size-checked). */
    public Room withMetadata(String newMetadata) {
        requireNotEnded();
        return new Room(name, sid, policy, state, newMetadata, createdAt, lastActivityAt, endedAt);
    }

    /** True once the room has ended. */
    public boolean isEnded() {
        return state == RoomState.ENDED;
    }

    /**
     * When an empty room closes by itself: a room nobody ever joined after its empty timeout,
     * a room everybody left after its departure timeout. Empty when it is not empty or has ended.
     */
    public Optional<Instant> closesWhenEmptyAt(int visibleOrHiddenParticipants) {
        if (isEnded() || visibleOrHiddenParticipants > 0) {
            return Optional.empty();
        }
        Duration wait = state == RoomState.CREATED ? policy.emptyTimeout() : policy.departureTimeout();
        return Optional.of(lastActivityAt.plus(wait));
    }

    private void requireNotEnded() {
        if (isEnded()) {
            throw new DomainViolation("room_ended", "room " + name + " has ended");
        }
    }
}
