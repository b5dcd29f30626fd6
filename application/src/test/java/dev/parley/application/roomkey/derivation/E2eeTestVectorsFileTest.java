package dev.parley.application.roomkey.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/e2ee-test-vectors.json} honest: the file must be exactly what the Java reference
 * computes now, so it cannot go stale. After a deliberate change, rewrite it with
 * {@code mvn -o -pl application test -Dtest=E2eeTestVectorsFileTest -Dparley.e2ee.writeVectors=true}.
 */
class E2eeTestVectorsFileTest {

    private static final Path FILE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../docs/e2ee-test-vectors.json").normalize();

    @Test
    void vectorFileEqualsWhatTheReferenceComputes() throws IOException {
        String expected = E2eeTestVectors.render();
        if (Boolean.getBoolean("parley.e2ee.writeVectors")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(FILE).as("docs/e2ee-test-vectors.json (regenerate with -Dparley.e2ee.writeVectors=true)").exists();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void fileCoversEveryDerivationWithSeveralCases() {
        List<Map<String, Object>> vectors = E2eeTestVectors.vectors();
        assertThat(vectors).extracting(v -> v.get("type")).containsOnly(
                "mediaFrameKey", "mediaRatchet", "chatKey", "chatEncrypt", "chatDecrypt", "chatReject", "roomSecret");
        assertThat(vectors.stream().filter(v -> v.get("type").equals("mediaFrameKey")).map(v -> v.get("keyForm")))
                .contains("string", "buffer");
        assertThat(vectors.stream().filter(v -> v.get("type").equals("chatReject"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(vectors.stream().map(v -> v.get("id")).distinct()).hasSameSizeAs(vectors);
    }

    @Test
    void decryptionVectorDecryptsWithTheRoomsChatKeyAndRejectVectorsAreRejected() {
        for (Map<String, Object> v : E2eeTestVectors.vectors()) {
            String type = (String) v.get("type");
            if (!type.equals("chatDecrypt") && !type.equals("chatReject")) {
                continue;
            }
            ChatCipher cipher = new ChatCipher(ChatCipher.deriveKey((String) v.get("secret"), (String) v.get("roomSid")),
                    new SecureRandom());
            byte[] message = Base64.getDecoder().decode((String) v.get("messageBase64"));
            if (type.equals("chatDecrypt")) {
                assertThat(new String(cipher.decrypt(message), StandardCharsets.UTF_8)).isEqualTo(v.get("expectedPlaintext"));
            } else {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt(message))
                        .as((String) v.get("id")).isInstanceOf(ChatMessageRejectedException.class);
            }
        }
    }

    @Test
    void serverManagedVectorsDeliverTheRoomKeyAsUnpaddedBase64Url() {
        for (Map<String, Object> v : E2eeTestVectors.vectors()) {
            if ("SERVER_MANAGED".equals(v.get("policy"))) {
                String delivered = (String) v.get("deliveredKey");
                assertThat(delivered).hasSize(ClientSecret.ROOM_KEY_CHARS).doesNotContain("=", "+", "/");
                assertThat(java.util.HexFormat.of().formatHex(Base64.getUrlDecoder().decode(delivered)))
                        .isEqualTo(v.get("roomKeyHex"));
            }
        }
    }
}
