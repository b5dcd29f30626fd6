package dev.parley.domain.key;

/** Why a room key epoch began. */
public enum RotationReason {
    /** The room's first key. */
    INITIAL,
    /** A participant was removed: it must not read what follows. */
    PARTICIPANT_REMOVED,
    /** A participant was banned. */
    PARTICIPANT_BANNED,
    /** The configured rotation schedule came due. */
    SCHEDULED,
    /** An administrator asked for a new key. */
    ADMIN_REQUEST;

    /** The reason as written in events and audit records. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
