package dev.parley.application.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a participant needs to connect to the messaging server: its own user credential, the
 * servers' WebSocket URLs and the subjects it may use. The secret part ({@code userSeed}) belongs
 * to the participant; Parley returns it once, in the response to that participant, and never logs it.
 *
 * @param credentialId an id of this credential (the NATS user public key), safe to log
 * @param userJwt      the signed user JWT carrying the allow lists and the expiry
 * @param userSeed     the participant's private key seed for the connection handshake
 * @param urls         WebSocket URLs of the messaging servers
 * @param subjects     the subjects by name (documented in the adapter), e.g. {@code events}, {@code chatPublish}
 * @param inboxPrefix  the prefix the client must use for its reply inboxes
 * @param expiresAt    when the credential stops working
 */
public record MessagingCredential(String credentialId, String userJwt, String userSeed, List<String> urls,
        Map<String, String> subjects, String inboxPrefix, Instant expiresAt) {
    public MessagingCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(userJwt, "userJwt");
        Objects.requireNonNull(userSeed, "userSeed");
        urls = List.copyOf(urls);
        subjects = Map.copyOf(subjects);
        Objects.requireNonNull(inboxPrefix, "inboxPrefix");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "MessagingCredential[" + credentialId + ", expires " + expiresAt + "]";
    }
}
