package dev.parley.domain.grant;

/**
 * Which grant DeleteRoom needs. LiveKit asks only for roomCreate, so any token that may create
 * rooms may also delete every room (criticised as a denial-of-service vector, MSC4195).
 * Parley keeps LiveKit's rule by default so that LiveKit's server SDKs work unchanged, but
 * always honours a room scope in the grant; deployments that want more choose {@link #STRICT}.
 */
public enum RoomDeletionRule {
    /** roomCreate; when the grant names a room, only that room. */
    LIVEKIT_COMPATIBLE,
    /** roomCreate and roomAdmin, both for the room being deleted. */
    STRICT
}
