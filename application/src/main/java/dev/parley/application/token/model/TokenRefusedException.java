package dev.parley.application.token.model;

import java.util.Objects;

/**
 * A token was refused, or could not be minted. Carries a {@link TokenRefusal}; the message is
 * the code and a fixed description written by Parley, never a part of the token, a secret, a
 * signature or any other attacker-supplied text (no log injection, nothing to leak). It has no
 * stack trace: refusals are expected, frequent under attack, and must stay cheap.
 */
public final class TokenRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient TokenRefusal refusal;

    public TokenRefusedException(TokenRefusal refusal, String description) {
        super(Objects.requireNonNull(refusal, "refusal").code() + ": " + description, null, false, false);
        this.refusal = refusal;
    }

    /** Why the token was refused. */
    public TokenRefusal refusal() {
        return refusal;
    }

    /** The stable code, e.g. {@code token_expired}. */
    public String code() {
        return refusal.code();
    }
}
