package dev.parley.application.roomkey.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** Chat/data messages in Plug-N-Meet's scheme: key derivation, message layout, and rejection of anything altered. */
class ChatCipherTest {

    private static final String SECRET = "correct horse battery staple";
    private static final String SID = "RM_hJ4kfXw2TqPz";
    private static final KeyBytes KEY = ChatCipher.deriveKey(SECRET, SID);

    private final ChatCipher cipher = new ChatCipher(KEY, new SecureRandom());

    @Test
    void chatKeyIsPbkdf2OfTheSecretSaltedWithTheRoomSid100000Iterations256Bits() throws Exception {
        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new PBEKeySpec(SECRET.toCharArray(), SID.getBytes(StandardCharsets.UTF_8), 100_000, 256)).getEncoded();

        assertThat(KEY.bytes()).isEqualTo(jdk);
        assertThat(ChatCipher.deriveKey(SECRET, "RM_other")).isNotEqualTo(KEY);
    }

    @Test
    void aesGcmKnownAnswerGcmSpecificationTestCase14() {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 14: K = 0^256, IV = 0^96, P = 0^128.
        ChatCipher zeroKey = new ChatCipher(KeyBytes.copyOf(new byte[32]), new SecureRandom());

        byte[] message = zeroKey.encrypt(new byte[16], new byte[12]);

        assertThat(HexFormat.of().formatHex(message)).isEqualTo("000000000000000000000000"
                + "cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919");
    }

    @Test
    void aMessageIsTheIvThenCiphertextThenA16ByteTag() {
        byte[] plain = "hello".getBytes(StandardCharsets.UTF_8);

        byte[] message = cipher.encrypt(plain);

        assertThat(message).hasSize(12 + plain.length + 16);
        assertThat(cipher.decrypt(message)).isEqualTo(plain);
        byte[] iv = Arrays.copyOf(message, 12);
        assertThat(cipher.encrypt(plain, iv)).isEqualTo(message);
    }

    @Test
    void everyMessageGetsAFreshRandomIv() {
        byte[] plain = "same text".getBytes(StandardCharsets.UTF_8);

        byte[] a = cipher.encrypt(plain);
        byte[] b = cipher.encrypt(plain);

        assertThat(Arrays.copyOf(a, 12)).isNotEqualTo(Arrays.copyOf(b, 12));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void textTravelsAsStandardBase64AndRoundTripsNonAsciiText() {
        String text = "Gr\u00fc\u00dfe \ud83d\udc4b \u4f1a\u8b70";

        String wire = cipher.encryptText(text);

        assertThat(Base64.getDecoder().decode(wire)).hasSize(12 + text.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(cipher.decryptText(wire)).isEqualTo(text);
        assertThat(new ChatCipher(ChatCipher.deriveKey(SECRET, SID), new SecureRandom()).decryptText(wire)).isEqualTo(text);
    }

    @Test
    void rejectsMessageWithAFlippedTagBit() {
        byte[] message = cipher.encrypt(bytes("pay 10"));
        message[message.length - 1] ^= 0x01;

        assertRejected(message);
    }

    @Test
    void rejectsMessageWithAlteredCiphertext() {
        byte[] message = cipher.encrypt(bytes("pay 10"));
        message[12] ^= 0x01;

        assertRejected(message);
    }

    @Test
    void rejectsMessageWithAlteredIv() {
        byte[] message = cipher.encrypt(bytes("pay 10"));
        message[0] ^= 0x01;

        assertRejected(message);
    }

    @Test
    void rejectsTruncatedMessageAndOneShorterThanIvAndTag() {
        byte[] message = cipher.encrypt(bytes("pay 10"));

        assertRejected(Arrays.copyOf(message, message.length - 1));
        assertRejected(new byte[27]);
        assertThatThrownBy(() -> cipher.decrypt(new byte[27])).hasMessageContaining("shorter");
    }

    @Test
    void rejectsMessageEncryptedUnderAnotherRoomsKey() {
        byte[] message = new ChatCipher(ChatCipher.deriveKey(SECRET, "RM_other"), new SecureRandom()).encrypt(bytes("hi"));

        assertRejected(message);
    }

    @Test
    void rejectsTextThatIsNotBase64OrNotUtf8() {
        assertThatThrownBy(() -> cipher.decryptText("not base64 !")).isInstanceOf(ChatMessageRejectedException.class);
        String invalidUtf8 = Base64.getEncoder().encodeToString(cipher.encrypt(new byte[] {(byte) 0xc3, (byte) 0x28}));
        assertThatThrownBy(() -> cipher.decryptText(invalidUtf8)).isInstanceOf(ChatMessageRejectedException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void rejectionsAndToStringNeverShowKeyOrContent() {
        byte[] message = cipher.encrypt(bytes("top secret plan"));
        message[message.length - 1] ^= 0x01;
        String keyHex = HexFormat.of().formatHex(KEY.bytes());

        assertThatThrownBy(() -> cipher.decrypt(message))
                .hasMessageNotContaining("top secret").hasMessageNotContaining(keyHex.substring(0, 8))
                .hasNoCause();
        assertThat(cipher.toString()).doesNotContain(keyHex.substring(0, 8));
        assertThat(KEY.toString()).doesNotContain(keyHex.substring(0, 8));
    }

    @Test
    void refusesAKeyThatIsNot256BitsAndAnEmptySecretOrRoomSid() {
        assertThatThrownBy(() -> new ChatCipher(KeyBytes.copyOf(new byte[16]), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatCipher.deriveKey("", SID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChatCipher.deriveKey(SECRET, "")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(byte[] message) {
        assertThatThrownBy(() -> cipher.decrypt(message)).isInstanceOf(ChatMessageRejectedException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
