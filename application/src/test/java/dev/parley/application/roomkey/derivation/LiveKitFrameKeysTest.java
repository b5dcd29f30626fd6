package dev.parley.application.roomkey.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** Media frame keys as LiveKit's JS SDK derives them (e2ee/utils.ts deriveKeys and ratchet, default options). */
class LiveKitFrameKeysTest {

    private static final byte[] SALT = "LKFrameEncryptionKey".getBytes(StandardCharsets.UTF_8);

    @Test
    void aStringKeyGivesPbkdf2OfItsUtf8WithLiveKitsSaltAnd100000IterationsTruncatedTo128Bits() throws Exception {
        String key = "Gr\u00fc\u00dfe \ud83d\udd10";

        KeyBytes frameKey = LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromString(key));

        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(key.toCharArray(), SALT, 100_000, 128)).getEncoded();
        assertThat(frameKey.bits()).isEqualTo(128);
        assertThat(frameKey.bytes()).isEqualTo(jdk);
    }

    @Test
    void aRawBufferGivesHkdfWithLiveKitsSaltAnd128ZeroBytesOfInfo() {
        byte[] raw = E2eeTestVectors.bytes("raw", 32);

        KeyBytes frameKey = LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromBuffer(raw));

        assertThat(frameKey.bytes()).isEqualTo(HkdfSha256.derive(raw, SALT, new byte[128], 16));
        assertThat(frameKey.bytes()).isNotEqualTo(HkdfSha256.derive(raw, SALT, new byte[0], 16));
    }

    @Test
    void theKeySizeOptionOnlyChangesHowManyBitsAreTaken() {
        FrameKeyMaterial material = FrameKeyMaterial.fromBuffer(E2eeTestVectors.bytes("raw", 32));

        byte[] k128 = LiveKitFrameKeys.frameKey(material).bytes();
        byte[] k256 = LiveKitFrameKeys.frameKey(material, 256).bytes();

        assertThat(k256).hasSize(32);
        assertThat(k128).isEqualTo(Arrays.copyOf(k256, 16));
        assertThatThrownBy(() -> LiveKitFrameKeys.frameKey(material, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameTextAsAStringOrAsABufferGivesDifferentKeys() {
        // The pitfall the contract rules out: a client that decodes the delivered key (or passes the text's bytes
        // as a buffer) lands on HKDF and cannot decrypt anyone who passed the string.
        String delivered = ClientSecret.ofRoomKey(E2eeTestVectors.bytes("room", 32)).text();

        KeyBytes asString = LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromString(delivered));
        KeyBytes asBuffer = LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromBuffer(delivered.getBytes(StandardCharsets.UTF_8)));

        assertThat(asString).isNotEqualTo(asBuffer);
    }

    @Test
    void ratchetDerives256BitsWithTheSameParametersAndKeepsTheMaterialKind() {
        String key = "correct horse battery staple";
        FrameKeyMaterial start = FrameKeyMaterial.fromString(key);

        FrameKeyMaterial once = LiveKitFrameKeys.ratchet(start);
        FrameKeyMaterial twice = LiveKitFrameKeys.ratchet(once);

        assertThat(once.kind()).isEqualTo(FrameKeyMaterial.Kind.PBKDF2);
        assertThat(once.bytes()).isEqualTo(Pbkdf2HmacSha256.derive(key.getBytes(StandardCharsets.UTF_8), SALT, 100_000, 32));
        assertThat(LiveKitFrameKeys.frameKey(once).bytes())
                .isEqualTo(Pbkdf2HmacSha256.derive(once.bytes(), SALT, 100_000, 16))
                .isNotEqualTo(LiveKitFrameKeys.frameKey(start).bytes());
        assertThat(twice).isNotEqualTo(once);

        FrameKeyMaterial raw = FrameKeyMaterial.fromBuffer(E2eeTestVectors.bytes("raw", 32));
        FrameKeyMaterial rawOnce = LiveKitFrameKeys.ratchet(raw);
        assertThat(rawOnce.kind()).isEqualTo(FrameKeyMaterial.Kind.HKDF);
        assertThat(rawOnce.bytes()).isEqualTo(HkdfSha256.derive(raw.bytes(), SALT, new byte[128], 32));
    }

    @Test
    void refusesAStringKeyThatIsNotWellFormedUnicodeWithoutQuotingIt() {
        // TextEncoder would encode the lone surrogate as U+FFFD, Java as '?': the keys would silently differ.
        assertThatThrownBy(() -> FrameKeyMaterial.fromString("secret\ud800"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> FrameKeyMaterial.fromString("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameKeyMaterial.fromBuffer(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAndMaterialNeverShowTheirBytes() {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) 0xab);
        FrameKeyMaterial material = FrameKeyMaterial.fromBuffer(raw);
        KeyBytes key = LiveKitFrameKeys.frameKey(material);

        String hex = HexFormat.of().formatHex(key.bytes());
        assertThat(material.toString()).doesNotContain("ab", "-85").contains("redacted");
        assertThat(key.toString()).doesNotContain(hex.substring(0, 8)).contains("redacted");
    }
}
