package dev.parley.application.session;

import dev.parley.application.messaging.MessagingCredential;
import dev.parley.domain.grant.VideoGrant;
import java.time.Instant;
import java.util.Objects;

/**
 * A renewed session: a new token and messaging credential with the same identity and the grants
 * as they are now (not as they were when the old token was minted).
 */
public record RenewedSession(String token, Instant tokenExpiresAt, VideoGrant grant, MessagingCredential messaging) {
    public RenewedSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(messaging, "messaging");
    }

    @Override
    public String toString() {
        return "RenewedSession[" + messaging.credentialId() + ", expires " + tokenExpiresAt + "]";
    }
}
