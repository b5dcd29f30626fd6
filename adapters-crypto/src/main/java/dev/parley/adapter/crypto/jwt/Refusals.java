package dev.parley.adapter.crypto.jwt;

import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;

/** Shorthands for the refusals the codec raises; messages are fixed text, never input. */
final class Refusals {

    private Refusals() {
    }

    static TokenRefusedException malformed(String what) {
        return new TokenRefusedException(TokenRefusal.MALFORMED, what);
    }

    static TokenRefusedException wrongType(String claim) {
        return new TokenRefusedException(TokenRefusal.CLAIM_TYPE_INVALID, "claim '" + claim + "' has the wrong type");
    }

    static TokenRefusedException invalid(String claim) {
        return new TokenRefusedException(TokenRefusal.CLAIM_INVALID, "claim '" + claim + "' has a value Parley refuses");
    }
}
