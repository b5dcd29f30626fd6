package dev.parley.domain.trust;

/**
 * How much Parley trusts a caller, from most to least: SERVER (holds API credentials: the
 * customer's backend), PARTICIPANT (presented a verified access token), ANONYMOUS (nothing).
 * Every use case states the level it needs.
 */
public enum TrustLevel {
    SERVER,
    PARTICIPANT,
    ANONYMOUS;

    /** True when this level is at least as trusted as {@code required}. */
    public boolean satisfies(TrustLevel required) {
        return this.ordinal() <= required.ordinal();
    }
}
