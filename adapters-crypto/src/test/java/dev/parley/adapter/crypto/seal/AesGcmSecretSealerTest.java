package dev.parley.adapter.crypto.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.contract.SecretSealerContractTest;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.SecretSealingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sealer contract plus the AES-GCM specifics: layout, tampering, master-key versions. */
class AesGcmSecretSealerTest extends SecretSealerContractTest {

    private static final byte[] KEY_1 = new byte[32];
    private static final byte[] KEY_2 = new byte[32];

    static {
        KEY_1[0] = 1;
        KEY_2[0] = 2;
    }

    @Override
    protected SecretSealer newSealer() {
        return new AesGcmSecretSealer(1, Map.of(1, KEY_1), new SecureRandom());
    }

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theBlobIsFormatVersionIvCiphertextAndTag_rfc5116() {
        byte[] blob = sealer.seal(SECRET, "ctx").blob();
        assertThat(blob).hasSize(2 + 12 + SECRET.length + 16);
        assertThat(blob[0]).isEqualTo((byte) 1);
        assertThat(blob[1]).isEqualTo((byte) 1);
    }

    @Test
    void theIvIsFreshForEverySeal_nistSp80038d_8_2_2() {
        byte[] a = sealer.seal(SECRET, "ctx").blob();
        byte[] b = sealer.seal(SECRET, "ctx").blob();
        assertThat(java.util.Arrays.copyOfRange(a, 2, 14)).isNotEqualTo(java.util.Arrays.copyOfRange(b, 2, 14));
    }

    @Test
    void anyFlippedBitFailsAuthentication() {
        byte[] blob = sealer.seal(SECRET, "ctx").blob();
        for (int i = 1; i < blob.length; i++) {
            byte[] tampered = blob.clone();
            tampered[i] ^= 0x01;
            int at = i;
            assertThatThrownBy(() -> sealer.unseal(new SealedSecret(tampered), "ctx")).as("byte %d", at)
                    .isInstanceOf(SecretSealingException.class);
        }
    }

    @Test
    void aRelabelledMasterKeyVersionFailsAuthentication_aadBindsTheKeyVersion() {
        AesGcmSecretSealer both = new AesGcmSecretSealer(1, Map.of(1, KEY_1, 2, KEY_1), new SecureRandom());
        byte[] blob = both.seal(SECRET, "ctx").blob();
        blob[1] = 2;
        assertThatThrownBy(() -> both.unseal(new SealedSecret(blob), "ctx")).isInstanceOf(SecretSealingException.class);
    }

    @Test
    void oldBlobsStillUnsealAfterTheMasterKeyRotates() {
        SealedSecret old = newSealer().seal(SECRET, "ctx");
        AesGcmSecretSealer rotated = new AesGcmSecretSealer(2, Map.of(1, KEY_1, 2, KEY_2), new SecureRandom());
        assertThat(rotated.unseal(old, "ctx")).isEqualTo(SECRET);
        assertThat(rotated.seal(SECRET, "ctx").blob()[1]).isEqualTo((byte) 2);
    }

    @Test
    void anotherMasterKeyCannotUnseal() {
        SealedSecret sealed = sealer.seal(SECRET, "ctx");
        AesGcmSecretSealer other = new AesGcmSecretSealer(1, Map.of(1, KEY_2), new SecureRandom());
        assertThatThrownBy(() -> other.unseal(sealed, "ctx")).isInstanceOf(SecretSealingException.class);
        AesGcmSecretSealer missingVersion = new AesGcmSecretSealer(3, Map.of(3, KEY_1), new SecureRandom());
        assertThatThrownBy(() -> missingVersion.unseal(sealed, "ctx")).isInstanceOf(SecretSealingException.class);
    }

    @Test
    void masterKeysMustBe32Bytes() {
        assertThatThrownBy(() -> AesGcmSecretSealer.withMasterKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(AesGcmSecretSealer.withMasterKeyBase64(Base64.getEncoder().encodeToString(KEY_1)).unseal(sealer.seal(SECRET, "c"), "c"))
                .isEqualTo(SECRET);
    }

    @Test
    void theSealerNeverPrintsItsKey() {
        assertThat(sealer.toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY_1)).contains("version 1");
    }
}
