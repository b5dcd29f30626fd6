package dev.parley.application.token;

import java.util.Objects;
import dev.parley.application.token.model.TokenClaims;

/**
 * A freshly minted token and the claims it carries. The token is a bearer credential: its
 * {@link #toString()} does not print it.
 *
 * @param token  the compact JWS
 * @param claims what it says
 */
public record MintedToken(String token, TokenClaims claims) {

    public MintedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(claims, "claims");
    }

    @Override
    public String toString() {
        return "MintedToken[token=<redacted>, claims=" + claims + "]";
    }
}
