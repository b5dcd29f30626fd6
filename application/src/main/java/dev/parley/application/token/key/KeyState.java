package dev.parley.application.token.key;

/**
 * Where a key is in its rotation. ACTIVE signs and verifies; VERIFY_ONLY still verifies the
 * tokens it signed (rotation without downtime) but mints nothing; REVOKED does neither and is
 * final.
 */
public enum KeyState {
    ACTIVE,
    VERIFY_ONLY,
    REVOKED;

    /** True when tokens signed by a key in this state are accepted. */
    public boolean mayVerify() {
        return this != REVOKED;
    }

    /** True when a key in this state may mint tokens. */
    public boolean maySign() {
        return this == ACTIVE;
    }

    /** True when a key may move from this state to {@code next}: nothing leaves REVOKED. */
    public boolean mayBecome(KeyState next) {
        return this != REVOKED && next != null;
    }
}
