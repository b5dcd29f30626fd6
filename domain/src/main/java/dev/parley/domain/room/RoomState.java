package dev.parley.domain.room;

/**
 * A room's lifecycle: CREATED (exists, nobody has joined yet) -> ACTIVE (someone joined) ->
 * ENDED (closed by an admin, by its empty timeout or deleted). ENDED is final.
 */
public enum RoomState {
    CREATED,
    ACTIVE,
    ENDED;

    /** Whether the lifecycle allows moving from this state to {@code next}. */
    public boolean canMoveTo(RoomState next) {
        return switch (this) {
            case CREATED -> next == ACTIVE || next == ENDED;
            case ACTIVE -> next == ENDED;
            case ENDED -> false;
        };
    }
}
