package dev.parley.application.messaging;

import java.util.Objects;

/** Something Parley tells one participant session on its private channel. */
public sealed interface PrivateMessage {

    /** The message type as written on the wire, e.g. {@code room_key}. */
    String type();

    /**
     * The room's current end-to-end key (SERVER_MANAGED rooms only).
     *
     * @param epoch    the key epoch
     * @param keyIndex the client key-ring slot (epoch mod 256)
     * @param key      the 32 raw key bytes
     */
    record RoomKey(long epoch, int keyIndex, byte[] key) implements PrivateMessage {
        public RoomKey {
            Objects.requireNonNull(key, "key");
            key = key.clone();
        }
        @Override public String type() { return "room_key"; }
        @Override public byte[] key() { return key.clone(); }
        @Override public String toString() { return "RoomKey[epoch=" + epoch + ", index=" + keyIndex + "]"; }
    }

    /**
     * New credentials after the session's grants changed: the client reconnects with them; the
     * old credential is revoked right after this message is sent.
     */
    record CredentialsRefreshed(String token, MessagingCredential credential) implements PrivateMessage {
        public CredentialsRefreshed {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(credential, "credential");
        }
        @Override public String type() { return "credentials_refreshed"; }
        @Override public String toString() { return "CredentialsRefreshed[" + credential.credentialId() + "]"; }
    }

    /** The session ends (removed, banned, room ended, replaced); its credentials are revoked next. */
    record SessionEnded(String reason) implements PrivateMessage {
        public SessionEnded {
            Objects.requireNonNull(reason, "reason");
        }
        @Override public String type() { return "session_ended"; }
    }
}
