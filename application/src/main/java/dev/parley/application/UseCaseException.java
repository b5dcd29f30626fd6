package dev.parley.application;

import dev.parley.domain.grant.DenyReason;
import java.util.Objects;

/**
 * A use case could not be carried out. The kind tells adapters which status to answer with
 * (404, 403, 409, 400...), the code is stable and machine-readable, the message names no secret.
 */
public final class UseCaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Broad classes of failure that adapters map to their own status codes. */
    public enum Kind {
        INVALID,
        UNAUTHENTICATED,
        DENIED,
        NOT_FOUND,
        CONFLICT,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String code;

    public UseCaseException(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** A denial for {@code reason}. */
    public static UseCaseException denied(DenyReason reason) {
        return new UseCaseException(Kind.DENIED, reason.code(), reason.message());
    }

    /** The room does not exist. */
    public static UseCaseException roomNotFound(String room) {
        return new UseCaseException(Kind.NOT_FOUND, "room_not_found", "room " + room + " does not exist");
    }

    /** The participant is not in the room. */
    public static UseCaseException participantNotFound(String room, String identity) {
        return new UseCaseException(Kind.NOT_FOUND, "participant_not_found",
                "participant " + identity + " is not in room " + room);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
