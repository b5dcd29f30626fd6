package dev.parley.application.roomkey.derivation;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Parley's end-to-end key derivation contract (docs/e2ee.md): from one {@link ClientSecret} per key
 * epoch (the delivered room key string, or the participants' passphrase) a client derives
 * <ul>
 *   <li>the media frame key, by handing the secret to LiveKit's key provider <em>as a string</em>:
 *       PBKDF2-HMAC-SHA-256, salt "LKFrameEncryptionKey", 100,000 iterations, AES-128-GCM
 *       ({@link LiveKitFrameKeys});</li>
 *   <li>the chat/data key, in Plug-N-Meet's scheme: PBKDF2-HMAC-SHA-256, salt = the room's sid,
 *       100,000 iterations, AES-256-GCM ({@link ChatCipher}).</li>
 * </ul>
 * Both keys come from the same secret through different salts, so neither reveals the other.
 */
public final class KeyDerivation {

    private KeyDerivation() {
    }

    /** The media frame key: what LiveKit derives from {@code setKey(secret.text())} (a string key). */
    public static KeyBytes mediaFrameKey(ClientSecret secret) {
        Objects.requireNonNull(secret, "secret");
        FrameKeyMaterial material = FrameKeyMaterial.fromString(secret.text());
        try {
            return LiveKitFrameKeys.frameKey(material);
        } finally {
            material.destroy();
        }
    }

    /** The chat/data key of the room with sid {@code roomSid}. */
    public static KeyBytes chatKey(ClientSecret secret, String roomSid) {
        Objects.requireNonNull(secret, "secret");
        return ChatCipher.deriveKey(secret.text(), roomSid);
    }

    /** A chat/data cipher under the room's chat key, drawing IVs from {@code random}. */
    public static ChatCipher chatCipher(ClientSecret secret, String roomSid, SecureRandom random) {
        KeyBytes key = chatKey(secret, roomSid);
        try {
            return new ChatCipher(key, random);
        } finally {
            key.destroy();
        }
    }
}
