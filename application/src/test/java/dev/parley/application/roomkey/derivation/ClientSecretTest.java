package dev.parley.application.roomkey.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The client secret string: the delivered room key as is (unpadded base64url), or the passphrase in NFC. */
class ClientSecretTest {

    private static final byte[] ROOM_KEY = roomKey();

    @Test
    void aRoomKeyIsDeliveredAsUnpaddedBase64UrlOf43Characters() {
        String text = ClientSecret.ofRoomKey(ROOM_KEY).text();

        assertThat(text).hasSize(43).startsWith("-_-").doesNotContain("=", "+", "/");
        assertThat(Base64.getUrlDecoder().decode(text)).isEqualTo(ROOM_KEY);
    }

    @Test
    void aDeliveredKeyIsUsedExactlyAsReceived() {
        String delivered = ClientSecret.ofRoomKey(ROOM_KEY).text();

        assertThat(ClientSecret.ofDeliveredRoomKey(delivered).text()).isEqualTo(delivered);
        assertThat(ClientSecret.ofDeliveredRoomKey(delivered)).isEqualTo(ClientSecret.ofRoomKey(ROOM_KEY));
    }

    @Test
    void rejectsDeliveredKeyThatIsPaddedStandardAlphabetWrongLengthOrNonCanonicalWithoutQuotingIt() {
        String delivered = ClientSecret.ofRoomKey(ROOM_KEY).text();
        String lastCharUnusedBitSet = delivered.substring(0, 42)
                + (char) (delivered.charAt(42) == 'A' ? 'B' : delivered.charAt(42) == 'E' ? 'F' : delivered.charAt(42) + 1);

        for (String bad : new String[] {delivered + "=", Base64.getEncoder().withoutPadding().encodeToString(ROOM_KEY),
                delivered.substring(1), Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[31]) + "AA",
                lastCharUnusedBitSet, ""}) {
            assertThatThrownBy(() -> ClientSecret.ofDeliveredRoomKey(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(delivered.substring(3, 20));
        }
        assertThatThrownBy(() -> ClientSecret.ofRoomKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPassphraseIsNormalizedToNfcSoComposedAndDecomposedTypingAgree() {
        ClientSecret decomposed = ClientSecret.ofPassphrase("Cafe\u0301 au lait");
        ClientSecret composed = ClientSecret.ofPassphrase("Caf\u00e9 au lait");

        assertThat(decomposed.text()).isEqualTo("Caf\u00e9 au lait");
        assertThat(decomposed).isEqualTo(composed);
        assertThat(KeyDerivation.mediaFrameKey(decomposed)).isEqualTo(KeyDerivation.mediaFrameKey(composed));
    }

    @Test
    void rejectsAnEmptyPassphraseAndOneThatIsNotWellFormedUnicode() {
        assertThatThrownBy(() -> ClientSecret.ofPassphrase("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientSecret.ofPassphrase("hunter2\udc00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(ClientSecret.ofPassphrase("hunter2").toString()).doesNotContain("hunter2");
        String delivered = ClientSecret.ofRoomKey(ROOM_KEY).text();
        assertThat(ClientSecret.ofRoomKey(ROOM_KEY).toString()).doesNotContain(delivered.substring(0, 6));
    }

    private static byte[] roomKey() {
        byte[] k = E2eeTestVectors.bytes("client secret test", 32);
        k[0] = (byte) 0xfb; // base64url "-_-" ... exercises both URL-alphabet characters
        k[1] = (byte) 0xff;
        k[2] = (byte) 0xbe;
        return k;
    }
}
