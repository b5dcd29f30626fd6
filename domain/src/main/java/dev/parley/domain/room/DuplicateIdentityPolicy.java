package dev.parley.domain.room;

/**
 * What a room does when a participant joins with an identity that is already present:
 * LiveKit replaces the old session; a stricter room refuses the newcomer instead.
 */
public enum DuplicateIdentityPolicy {
    /** The new session replaces the existing one (LiveKit's behaviour). */
    REPLACE_EXISTING,
    /** The newcomer is refused while the identity is present. */
    REFUSE_NEWCOMER
}
