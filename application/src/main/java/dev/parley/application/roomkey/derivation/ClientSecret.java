package dev.parley.application.roomkey.derivation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The one string a client feeds to both derivations (media frames and chat/data):
 * <ul>
 *   <li>SERVER_MANAGED: the room key exactly as Parley delivers it, unpadded base64url (RFC 4648 §5)
 *       of the 32 key bytes, 43 characters; the client does not decode it;</li>
 *   <li>PARTICIPANT_SUPPLIED: the passphrase the participants agreed on, in Unicode Normalization
 *       Form C, so that the same visible passphrase typed on different systems gives the same key.</li>
 * </ul>
 * The text never appears in {@code toString()} or in exception messages.
 */
public final class ClientSecret {

    /** Bytes of a SERVER_MANAGED room key. */
    public static final int ROOM_KEY_BYTES = 32;

    /** Characters of its unpadded base64url form. */
    public static final int ROOM_KEY_CHARS = 43;

    private final String text;

    private ClientSecret(String text) {
        this.text = text;
    }

    /** The client secret of a SERVER_MANAGED room key's raw bytes: their unpadded base64url. */
    public static ClientSecret ofRoomKey(byte[] roomKey) {
        Objects.requireNonNull(roomKey, "roomKey");
        if (roomKey.length != ROOM_KEY_BYTES) {
            throw new IllegalArgumentException("a room key is " + ROOM_KEY_BYTES + " bytes, not " + roomKey.length);
        }
        return new ClientSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(roomKey));
    }

    /**
     * The client secret of a room key as delivered ({@code e2ee.key.key} in verifyToken, {@code key} in a
     * {@code room_key} message): canonical unpadded base64url of exactly 32 bytes, used as is.
     */
    public static ClientSecret ofDeliveredRoomKey(String base64url) {
        Objects.requireNonNull(base64url, "base64url");
        byte[] raw = decodeRoomKey(base64url);
        if (raw == null) {
            throw new IllegalArgumentException(
                    "a delivered room key is canonical unpadded base64url of " + ROOM_KEY_BYTES + " bytes");
        }
        Arrays.fill(raw, (byte) 0);
        return new ClientSecret(base64url);
    }

    /** The 32 bytes of a canonical unpadded base64url room key, or null. */
    private static byte[] decodeRoomKey(String base64url) {
        if (base64url.length() != ROOM_KEY_CHARS) {
            return null;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] again = Base64.getUrlEncoder().withoutPadding().encode(raw);
        boolean canonical = raw.length == ROOM_KEY_BYTES
                && MessageDigest.isEqual(again, base64url.getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(again, (byte) 0);
        if (!canonical) {
            Arrays.fill(raw, (byte) 0);
            return null;
        }
        return raw;
    }

    /** The client secret of a PARTICIPANT_SUPPLIED passphrase: its NFC form; never empty, well-formed Unicode. */
    public static ClientSecret ofPassphrase(String passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        String nfc = Normalizer.normalize(passphrase, Normalizer.Form.NFC);
        if (nfc.isEmpty()) {
            throw new IllegalArgumentException("a passphrase must not be empty");
        }
        Arrays.fill(Utf8.encode(nfc, "passphrase"), (byte) 0); // refuses unpaired surrogates
        return new ClientSecret(nfc);
    }

    /** The string the client passes to LiveKit's key provider and to the chat key derivation. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientSecret other && MessageDigest.isEqual(
                text.getBytes(StandardCharsets.UTF_8), other.text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return text.length();
    }

    @Override
    public String toString() {
        return "ClientSecret[redacted]";
    }
}
