package dev.parley.application.messaging.port;

import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.domain.room.RoomName;

/**
 * The messaging server as Parley drives it (NATS in operator/JWT mode). Implementations derive
 * the allow lists from {@link MessagingSession#access()} only, bind per-session subjects to the
 * session id, and never log credentials or private message contents.
 */
public interface MessagingGateway {

    /** Signs a new credential for the session, expiring no later than {@code session.expiresAt()}. */
    MessagingCredential issue(MessagingSession session);

    /** Sends {@code message} to the session's private channel only. */
    void sendPrivate(RoomName room, String participantSid, PrivateMessage message);

    /**
     * Revokes every credential issued to the session except {@code keepCredentialId} (null: all).
     * Connections using a revoked credential are closed within 2 seconds and the credential can
     * no longer connect.
     */
    void revokeSession(RoomName room, String participantSid, String keepCredentialId);
}
