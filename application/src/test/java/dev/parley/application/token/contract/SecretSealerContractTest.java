package dev.parley.application.token.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.SecretSealingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SecretSealer}: what an AES-GCM sealer and a PKCS#11/HSM sealer must both
 * satisfy. An adapter extends this class and returns its sealer from {@link #newSealer()}.
 */
public abstract class SecretSealerContractTest {

    private static final byte[] SECRET = "an-api-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);

    /** A sealer ready to seal and unseal. */
    protected abstract SecretSealer newSealer();

    protected SecretSealer sealer;

    @BeforeEach
    void setUpSealer() {
        sealer = newSealer();
    }

    @Test
    void aSealedSecretUnsealsToTheSameBytesForTheSameContext() {
        SealedSecret sealed = sealer.seal(SECRET, "parley/api-key/APIone/HS256");
        assertThat(sealer.unseal(sealed, "parley/api-key/APIone/HS256")).isEqualTo(SECRET);
    }

    @Test
    void theSealedBlobDoesNotContainThePlaintext() {
        byte[] blob = sealer.seal(SECRET, "ctx").blob();
        assertThat(new String(blob, StandardCharsets.ISO_8859_1)).doesNotContain(new String(SECRET, StandardCharsets.ISO_8859_1));
    }

    @Test
    void sealingTwiceGivesDifferentBlobs() {
        assertThat(sealer.seal(SECRET, "ctx")).isNotEqualTo(sealer.seal(SECRET, "ctx"));
    }

    @Test
    void aBlobSealedForOneContextDoesNotUnsealForAnother() {
        SealedSecret sealed = sealer.seal(SECRET, "parley/api-key/APIone/HS256");
        assertThatThrownBy(() -> sealer.unseal(sealed, "parley/api-key/APItwo/HS256")).isInstanceOf(SecretSealingException.class);
    }

    @Test
    void anEmptySecretRoundTrips() {
        SealedSecret sealed = sealer.seal(new byte[0], "ctx");
        assertThat(sealer.unseal(sealed, "ctx")).isEmpty();
    }

    @Test
    void garbageDoesNotUnseal() {
        assertThatThrownBy(() -> sealer.unseal(new SealedSecret(new byte[] {1, 2, 3}), "ctx")).isInstanceOf(SecretSealingException.class);
    }
}
