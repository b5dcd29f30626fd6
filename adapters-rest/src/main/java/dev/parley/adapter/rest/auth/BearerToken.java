package dev.parley.adapter.rest.auth;

import java.util.Optional;

/**
 * Reads the token out of an {@code Authorization} header: {@code Bearer <token>} (RFC 6750 §2.1;
 * the scheme is case-insensitive, RFC 9110 §11.1). Tokens in URLs ({@code access_token} query
 * parameters, which LiveKit also reads) are never looked at: they end up in access logs.
 */
public final class BearerToken {

    private static final String SCHEME = "bearer";

    private BearerToken() {
    }

    /** The token, or empty when the header is absent, uses another scheme, or carries no token. */
    public static Optional<String> from(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String header = authorization.strip();
        if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || header.charAt(SCHEME.length()) != ' ') {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
