package dev.parley.application.token.key;

import java.util.Objects;

/**
 * A key-management request broke a rule: a malformed id, an id already taken, a secret that is
 * too short, a state change out of REVOKED... Carries a stable code; the message holds no secret.
 */
public final class KeyRingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public KeyRingException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code, e.g. {@code key_secret_too_short}. */
    public String code() {
        return code;
    }
}
