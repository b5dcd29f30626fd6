package dev.parley.domain.key;

/**
 * How a room's media and data are protected.
 * <ul>
 *   <li>{@link #NONE}: transport encryption only (DTLS-SRTP to the SFU, TLS to the APIs); Parley can read the content.</li>
 *   <li>{@link #SERVER_MANAGED}: end-to-end encryption with a 32-byte room secret that Parley generates, seals at rest
 *       and hands only to verified participants of the room.</li>
 *   <li>{@link #PARTICIPANT_SUPPLIED}: end-to-end encryption with a passphrase shared out of band; Parley never sees it.</li>
 * </ul>
 */
public enum KeyPolicy {
    NONE,
    SERVER_MANAGED,
    PARTICIPANT_SUPPLIED;

    /** True when media and data are end-to-end encrypted, so Parley cannot read them. */
    public boolean isEndToEnd() {
        return this != NONE;
    }

    /** True when Parley holds key material for the room (and so must seal it and rotate it). */
    public boolean serverHoldsKey() {
        return this == SERVER_MANAGED;
    }
}
