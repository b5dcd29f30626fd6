package dev.parley.application.roomkey.derivation;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Chat and data messages in Plug-N-Meet's current end-to-end scheme ({@code plugNmeet-client}
 * {@code cryptoMessages.ts}):
 * <ul>
 *   <li>key: PBKDF2-HMAC-SHA-256 (RFC 8018 §5.2) of UTF-8(secret), salt = UTF-8(room sid), 100,000
 *       iterations, 256 bits, used as an AES-256-GCM key;</li>
 *   <li>message: IV (12 random bytes) || AES-GCM ciphertext || 16-byte tag (NIST SP 800-38D), no
 *       additional authenticated data; chat text is the standard base64 (RFC 4648 §4, padded) of the
 *       message of the text's UTF-8 bytes.</li>
 * </ul>
 * A fresh random IV per message (SP 800-38D §8.2.2): a 96-bit random IV keeps the collision chance
 * negligible for far more messages than a meeting sends under one key. Decryption rejects any
 * message that fails authentication. Instances are safe for concurrent use.
 */
public final class ChatCipher {

    /** PBKDF2 iterations of the chat key. */
    public static final int PBKDF2_ITERATIONS = 100_000;

    /** The chat key: AES-256. */
    public static final int KEY_BYTES = 32;

    /** The IV at the front of every message. */
    public static final int IV_BYTES = 12;

    /** The GCM tag at the end of every message (WebCrypto's default tagLength). */
    public static final int TAG_BITS = 128;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** A cipher under {@code key} (a 32-byte chat key) that draws IVs from {@code random}. */
    public ChatCipher(KeyBytes key, SecureRandom random) {
        Objects.requireNonNull(key, "key");
        if (key.length() != KEY_BYTES) {
            throw new IllegalArgumentException("a chat key is " + KEY_BYTES + " bytes, not " + key.length());
        }
        this.key = new SecretKeySpec(key.unsafeBytes(), "AES");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The chat key Plug-N-Meet's {@code importSecretKeyFromPlainText(secret, roomSid)} derives:
     * PBKDF2-HMAC-SHA-256(UTF-8(secret), UTF-8(roomSid), 100,000, 32 bytes).
     */
    public static KeyBytes deriveKey(String secret, String roomSid) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(roomSid, "roomSid");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("the chat secret must not be empty");
        }
        if (roomSid.isEmpty()) {
            throw new IllegalArgumentException("the room sid (the chat key's salt) must not be empty");
        }
        byte[] password = Utf8.encode(secret, "chat secret");
        try {
            return KeyBytes.owning(Pbkdf2HmacSha256.derive(password, Utf8.encode(roomSid, "room sid"),
                    PBKDF2_ITERATIONS, KEY_BYTES));
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** IV || ciphertext || tag of {@code plaintext} under a fresh random IV. */
    public byte[] encrypt(byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        return encrypt(plaintext, iv);
    }

    /**
     * IV || ciphertext || tag under the given IV. For test vectors only: an IV must never be used twice
     * under one key (SP 800-38D §8), which is why this is not public.
     */
    byte[] encrypt(byte[] plaintext, byte[] iv) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (iv.length != IV_BYTES) {
            throw new IllegalArgumentException("the IV is " + IV_BYTES + " bytes");
        }
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] out = new byte[IV_BYTES + c.getOutputSize(plaintext.length)];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            c.doFinal(plaintext, 0, plaintext.length, out, IV_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The plaintext of IV || ciphertext || tag.
     *
     * @throws ChatMessageRejectedException when the message is shorter than IV and tag or fails
     *         authentication (altered, truncated, or encrypted under another key)
     */
    public byte[] decrypt(byte[] message) {
        Objects.requireNonNull(message, "message");
        if (message.length < IV_BYTES + TAG_BITS / 8) {
            throw new ChatMessageRejectedException("message is shorter than IV and authentication tag");
        }
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, message, 0, IV_BYTES));
            return c.doFinal(message, IV_BYTES, message.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new ChatMessageRejectedException("message failed authentication (altered, or not under this room's key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption could not run", e);
        }
    }

    /** A chat text as it travels: base64 (RFC 4648 §4, padded) of the message of UTF-8({@code text}). */
    public String encryptText(String text) {
        return Base64.getEncoder().encodeToString(encrypt(Utf8.encode(Objects.requireNonNull(text, "text"), "chat text")));
    }

    /**
     * The text of a chat message in its base64 wire form.
     *
     * @throws ChatMessageRejectedException when it is not base64, fails authentication, or is not UTF-8
     */
    public String decryptText(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] message;
        try {
            message = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ChatMessageRejectedException("message is not base64");
        }
        byte[] plain = decrypt(message);
        try {
            return Utf8.decode(plain, "chat text");
        } catch (IllegalArgumentException e) {
            throw new ChatMessageRejectedException("message text is not valid UTF-8");
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "ChatCipher[AES-256-GCM, key redacted]";
    }
}
