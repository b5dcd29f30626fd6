package dev.parley.domain;

import java.util.Objects;

/**
 * Thrown when a value or state change breaks a domain rule (a bad room name, an identity that is
 * too long, a transition out of an ended room...). Carries a stable machine-readable code that
 * the adapters map to their error formats; the message never contains secrets.
 */
public final class DomainViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public DomainViolation(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable machine-readable code, e.g. {@code room_name_invalid}. */
    public String code() {
        return code;
    }
}
