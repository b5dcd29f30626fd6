package dev.parley.application.roomkey.derivation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@code docs/e2ee-test-vectors.json} with the Java reference: every input is fixed here,
 * every expected output comes from {@link KeyDerivation}, {@link LiveKitFrameKeys} and {@link ChatCipher}.
 * {@link E2eeTestVectorsFileTest} fails when the file differs from what this produces; run it with
 * {@code -Dparley.e2ee.writeVectors=true} to rewrite the file after a deliberate change.
 */
final class E2eeTestVectors {

    static final String ROOM_SID = "RM_hJ4kfXw2TqPz";
    static final String OTHER_ROOM_SID = "RM_Vd83nQmZs0aL";
    static final String ASCII_PASSPHRASE = "correct horse battery staple";
    /** NFC; 'ü' and 'ß' (2 UTF-8 bytes), CJK (3 bytes) and an astral emoji (4 bytes, a surrogate pair in UTF-16). */
    static final String NON_ASCII_PASSPHRASE = "Gr\u00fc\u00dfe, \u4f1a\u8b70 \ud83d\udd10";
    /** "Café au lait" with the é decomposed (e + U+0301): what some systems' keyboards produce. */
    static final String NFD_PASSPHRASE = "Cafe\u0301 au lait";

    private static final HexFormat HEX = HexFormat.of();

    private E2eeTestVectors() {
    }

    /** The whole file. */
    static String render() {
        List<Map<String, Object>> vectors = vectors();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("title", "Parley end-to-end encryption key derivation test vectors");
        file.put("contract", "docs/e2ee.md");
        file.put("generatedBy", "application/src/test/java/dev/parley/application/roomkey/derivation/E2eeTestVectors.java"
                + " (do not edit by hand)");
        file.put("notes", List.of(
                "Hex is lowercase. Strings are UTF-8 text; characters outside printable ASCII are \\u escapes.",
                "mediaFrameKey: LiveKit's deriveKeys with its defaults; keyForm string = createKeyMaterialFromString"
                        + " (PBKDF2), keyForm buffer = createKeyMaterialFromBuffer (HKDF); expectedKeyHex = exported raw AES-GCM key.",
                "mediaRatchet: LiveKit's ratchet step: deriveBits(same params, material, 256) imported again as the same"
                        + " algorithm; each step lists the new material and the frame key derived from it.",
                "chatKey/chatEncrypt/chatDecrypt/chatReject: Plug-N-Meet's scheme; message = IV(12) || ciphertext || tag(16),"
                        + " no AAD; messageBase64 = standard padded base64 (btoa) of the message.",
                "roomSecret: the whole client contract: the client secret string (delivered base64url room key, or the NFC"
                        + " passphrase) fed to LiveKit as a string and to the chat derivation with the room sid."));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("liveKitSalt", LiveKitFrameKeys.SALT);
        parameters.put("liveKitPbkdf2Iterations", LiveKitFrameKeys.PBKDF2_ITERATIONS);
        parameters.put("liveKitHkdfInfoZeroBytes", LiveKitFrameKeys.HKDF_INFO_BYTES);
        parameters.put("liveKitDefaultKeyBits", LiveKitFrameKeys.DEFAULT_KEY_BITS);
        parameters.put("liveKitRatchetBits", LiveKitFrameKeys.RATCHET_BITS);
        parameters.put("chatPbkdf2Iterations", ChatCipher.PBKDF2_ITERATIONS);
        parameters.put("chatKeyBits", ChatCipher.KEY_BYTES * 8);
        parameters.put("chatIvBytes", ChatCipher.IV_BYTES);
        parameters.put("chatTagBits", ChatCipher.TAG_BITS);
        file.put("parameters", parameters);
        file.put("vectorCount", vectors.size());
        file.put("vectors", vectors);
        return Json.write(file);
    }

    /** Every vector, in file order (computed once per test run: each costs up to a few PBKDF2 runs). */
    static List<Map<String, Object>> vectors() {
        return Computed.VECTORS;
    }

    /** Lazy holder of the computed vectors. */
    private static final class Computed {
        static final List<Map<String, Object>> VECTORS = compute().stream()
                .map(Collections::unmodifiableMap).toList();
    }

    private static List<Map<String, Object>> compute() {
        List<Map<String, Object>> v = new ArrayList<>();
        byte[] counting = new byte[32];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = (byte) i;
        }
        byte[] randomLooking = bytes("parley e2ee vector raw key", 32);

        v.add(mediaString("media-string-ascii", ASCII_PASSPHRASE, 128));
        v.add(mediaString("media-string-non-ascii", NON_ASCII_PASSPHRASE, 128));
        v.add(mediaString("media-string-ascii-keysize-256", ASCII_PASSPHRASE, 256));
        v.add(mediaBuffer("media-buffer-counting", counting, 128));
        v.add(mediaBuffer("media-buffer-random", randomLooking, 128));
        v.add(mediaBuffer("media-buffer-random-keysize-256", randomLooking, 256));

        v.add(ratchet("ratchet-string-two-steps", FrameKeyMaterial.fromString(ASCII_PASSPHRASE), "string",
                ASCII_PASSPHRASE, 2));
        v.add(ratchet("ratchet-buffer-two-steps", FrameKeyMaterial.fromBuffer(counting), "buffer", HEX.formatHex(counting), 2));

        v.add(chatKey("chat-key-ascii", ASCII_PASSPHRASE, ROOM_SID));
        v.add(chatKey("chat-key-ascii-other-room", ASCII_PASSPHRASE, OTHER_ROOM_SID));
        v.add(chatKey("chat-key-non-ascii", NON_ASCII_PASSPHRASE, ROOM_SID));

        byte[] iv = new byte[ChatCipher.IV_BYTES];
        for (int i = 0; i < iv.length; i++) {
            iv[i] = (byte) i;
        }
        v.add(chatEncrypt("chat-encrypt-ascii", ASCII_PASSPHRASE, ROOM_SID, iv, "Hello from Parley"));
        v.add(chatEncrypt("chat-encrypt-non-ascii", NON_ASCII_PASSPHRASE, ROOM_SID, bytes("chat iv 2", 12),
                "Gr\u00fc\u00dfe \ud83d\udc4b \u4f1a\u8b70\u306f10\u6642"));
        v.add(chatEncrypt("chat-encrypt-empty", ASCII_PASSPHRASE, ROOM_SID, bytes("chat iv 3", 12), ""));

        byte[] decryptIv = bytes("chat decrypt iv", 12);
        String decryptPlain = "Decrypt me: \u00fcn\u00efc\u00f6d\u00e9 \u2713";
        byte[] message = cipher(ASCII_PASSPHRASE, ROOM_SID).encrypt(decryptPlain.getBytes(StandardCharsets.UTF_8), decryptIv);
        v.add(chatDecrypt("chat-decrypt-ascii", ASCII_PASSPHRASE, ROOM_SID, message, decryptPlain));

        v.add(chatReject("chat-reject-tag-bit-flipped", ASCII_PASSPHRASE, ROOM_SID, flip(message, message.length - 1),
                "last bit of the tag flipped"));
        v.add(chatReject("chat-reject-ciphertext-bit-flipped", ASCII_PASSPHRASE, ROOM_SID, flip(message, ChatCipher.IV_BYTES),
                "first ciphertext bit flipped"));
        v.add(chatReject("chat-reject-iv-bit-flipped", ASCII_PASSPHRASE, ROOM_SID, flip(message, 0), "first IV bit flipped"));
        v.add(chatReject("chat-reject-truncated", ASCII_PASSPHRASE, ROOM_SID, Arrays.copyOf(message, message.length - 1),
                "last byte removed"));
        v.add(chatReject("chat-reject-other-room", ASCII_PASSPHRASE, OTHER_ROOM_SID, message,
                "a valid message of room " + ROOM_SID + " decrypted with the key of room " + OTHER_ROOM_SID));

        byte[] roomKey = new byte[32];
        System.arraycopy(new byte[] {(byte) 0xfb, (byte) 0xff, (byte) 0xbf}, 0, roomKey, 0, 3);
        System.arraycopy(bytes("parley e2ee vector room key", 29), 0, roomKey, 3, 29);
        v.add(serverManaged("room-server-managed", roomKey, ROOM_SID));
        v.add(serverManaged("room-server-managed-random", bytes("parley e2ee vector room key 2", 32), OTHER_ROOM_SID));
        v.add(participantSupplied("room-participant-supplied-nfd", NFD_PASSPHRASE, ROOM_SID));
        v.add(participantSupplied("room-participant-supplied-non-ascii", NON_ASCII_PASSPHRASE, ROOM_SID));
        return v;
    }

    private static Map<String, Object> mediaString(String id, String key, int bits) {
        Map<String, Object> m = head(id, "mediaFrameKey");
        m.put("keyForm", "string");
        m.put("key", key);
        m.put("keyBits", bits);
        m.put("expectedKeyHex", hex(LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromString(key), bits)));
        return m;
    }

    private static Map<String, Object> mediaBuffer(String id, byte[] key, int bits) {
        Map<String, Object> m = head(id, "mediaFrameKey");
        m.put("keyForm", "buffer");
        m.put("keyHex", HEX.formatHex(key));
        m.put("keyBits", bits);
        m.put("expectedKeyHex", hex(LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromBuffer(key), bits)));
        return m;
    }

    private static Map<String, Object> ratchet(String id, FrameKeyMaterial start, String form, String key, int steps) {
        Map<String, Object> m = head(id, "mediaRatchet");
        m.put("keyForm", form);
        m.put(form.equals("string") ? "key" : "keyHex", key);
        m.put("expectedKeyHex", hex(LiveKitFrameKeys.frameKey(start)));
        List<Map<String, Object>> out = new ArrayList<>();
        FrameKeyMaterial material = start;
        for (int i = 0; i < steps; i++) {
            material = LiveKitFrameKeys.ratchet(material);
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("materialHex", HEX.formatHex(material.bytes()));
            step.put("expectedKeyHex", hex(LiveKitFrameKeys.frameKey(material)));
            out.add(step);
        }
        m.put("steps", out);
        return m;
    }

    private static Map<String, Object> chatKey(String id, String secret, String sid) {
        Map<String, Object> m = head(id, "chatKey");
        m.put("secret", secret);
        m.put("roomSid", sid);
        m.put("expectedKeyHex", hex(ChatCipher.deriveKey(secret, sid)));
        return m;
    }

    private static Map<String, Object> chatEncrypt(String id, String secret, String sid, byte[] iv, String plaintext) {
        byte[] message = cipher(secret, sid).encrypt(plaintext.getBytes(StandardCharsets.UTF_8), iv);
        Map<String, Object> m = head(id, "chatEncrypt");
        m.put("secret", secret);
        m.put("roomSid", sid);
        m.put("ivHex", HEX.formatHex(iv));
        m.put("plaintext", plaintext);
        m.put("expectedMessageHex", HEX.formatHex(message));
        m.put("expectedMessageBase64", Base64.getEncoder().encodeToString(message));
        return m;
    }

    private static Map<String, Object> chatDecrypt(String id, String secret, String sid, byte[] message, String plaintext) {
        Map<String, Object> m = head(id, "chatDecrypt");
        m.put("secret", secret);
        m.put("roomSid", sid);
        m.put("messageBase64", Base64.getEncoder().encodeToString(message));
        m.put("expectedPlaintext", plaintext);
        return m;
    }

    private static Map<String, Object> chatReject(String id, String secret, String sid, byte[] message, String why) {
        Map<String, Object> m = head(id, "chatReject");
        m.put("secret", secret);
        m.put("roomSid", sid);
        m.put("messageBase64", Base64.getEncoder().encodeToString(message));
        m.put("why", why);
        return m;
    }

    private static Map<String, Object> serverManaged(String id, byte[] roomKey, String sid) {
        ClientSecret secret = ClientSecret.ofRoomKey(roomKey);
        Map<String, Object> m = head(id, "roomSecret");
        m.put("policy", "SERVER_MANAGED");
        m.put("roomKeyHex", HEX.formatHex(roomKey));
        m.put("deliveredKey", secret.text());
        m.put("roomSid", sid);
        m.put("clientSecret", secret.text());
        m.put("expectedMediaKeyHex", hex(KeyDerivation.mediaFrameKey(secret)));
        m.put("expectedChatKeyHex", hex(KeyDerivation.chatKey(secret, sid)));
        return m;
    }

    private static Map<String, Object> participantSupplied(String id, String passphrase, String sid) {
        ClientSecret secret = ClientSecret.ofPassphrase(passphrase);
        Map<String, Object> m = head(id, "roomSecret");
        m.put("policy", "PARTICIPANT_SUPPLIED");
        m.put("passphrase", passphrase);
        m.put("roomSid", sid);
        m.put("clientSecret", secret.text());
        m.put("expectedMediaKeyHex", hex(KeyDerivation.mediaFrameKey(secret)));
        m.put("expectedChatKeyHex", hex(KeyDerivation.chatKey(secret, sid)));
        return m;
    }

    private static Map<String, Object> head(String id, String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        return m;
    }

    private static ChatCipher cipher(String secret, String sid) {
        return new ChatCipher(ChatCipher.deriveKey(secret, sid), new SecureRandom());
    }

    private static String hex(KeyBytes key) {
        return HEX.formatHex(key.bytes());
    }

    private static byte[] flip(byte[] message, int index) {
        byte[] copy = message.clone();
        copy[index] ^= (byte) (index == message.length - 1 ? 0x01 : 0x80);
        return copy;
    }

    /** The first {@code n} (at most 32) bytes of SHA-256(label): fixed, random-looking inputs. */
    static byte[] bytes(String label, int n) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8)), n);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
