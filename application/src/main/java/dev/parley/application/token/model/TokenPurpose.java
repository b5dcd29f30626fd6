package dev.parley.application.token.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a token may be used for (Parley's own {@code purpose} claim). A token minted for one
 * purpose is refused for another (RFC 8725 §3.12, cross-JWT confusion); a token without the
 * claim, as every LiveKit SDK mints it, is an {@link #ACCESS} token.
 */
public enum TokenPurpose {
    /** Joining a room and calling the server API: the LiveKit access token. */
    ACCESS,
    /** Renewing a session's token over signaling or NATS. */
    RENEWAL,
    /** Signing a webhook delivery (LiveKit's {@code Authorization} JWT with a {@code sha256} claim). */
    WEBHOOK,
    /** Downloading a recording or file through a signed link. */
    DOWNLOAD;

    /** The claim value, e.g. {@code renewal}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a claim value (exact, lower case); empty when unknown. */
    public static Optional<TokenPurpose> fromClaim(String value) {
        for (TokenPurpose p : values()) {
            if (p.claimValue().equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
