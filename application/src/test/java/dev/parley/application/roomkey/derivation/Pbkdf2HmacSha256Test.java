package dev.parley.application.roomkey.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** PBKDF2-HMAC-SHA-256 (RFC 8018 §5.2): RFC 7914 §11 known answers and the JDK's own PBKDF2 as a second opinion. */
class Pbkdf2HmacSha256Test {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void rfc7914Section11FirstVectorPasswdSaltOneIteration() {
        byte[] dk = Pbkdf2HmacSha256.derive(ascii("passwd"), ascii("salt"), 1, 64);

        assertThat(HEX.formatHex(dk)).isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }

    @Test
    void rfc7914Section11SecondVectorPasswordNaClEightyThousandIterations() {
        byte[] dk = Pbkdf2HmacSha256.derive(ascii("Password"), ascii("NaCl"), 80_000, 64);

        assertThat(HEX.formatHex(dk)).isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    @ParameterizedTest
    @CsvSource({
        "correct horse battery staple, LKFrameEncryptionKey, 16",
        "correct horse battery staple, RM_hJ4kfXw2TqPz, 32",
        "Grüße 会議 🔐, LKFrameEncryptionKey, 40",
        "p, s, 64"
    })
    void agreesWithTheJdkPbkdf2ForTextPasswordsIncludingNonAsciiAndPartialBlocks(String password, String salt, int length)
            throws Exception {
        byte[] ours = Pbkdf2HmacSha256.derive(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8),
                1000, length);

        // SunJCE's PBKDF2 encodes the char[] password as UTF-8, so it is an independent implementation of the same function.
        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(
                password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), 1000, length * 8)).getEncoded();
        assertThat(ours).isEqualTo(jdk);
    }

    @Test
    void aShorterDerivedKeyIsThePrefixOfALongerOne() {
        byte[] long64 = Pbkdf2HmacSha256.derive(ascii("pw"), ascii("salt"), 10, 64);
        byte[] short16 = Pbkdf2HmacSha256.derive(ascii("pw"), ascii("salt"), 10, 16);

        assertThat(short16).isEqualTo(Arrays.copyOf(long64, 16));
    }

    @Test
    void rejectsAnEmptyPasswordAZeroIterationCountAndAnEmptyOutput() {
        assertThatThrownBy(() -> Pbkdf2HmacSha256.derive(new byte[0], ascii("s"), 1, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> Pbkdf2HmacSha256.derive(ascii("p"), ascii("s"), 0, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iteration");
        assertThatThrownBy(() -> Pbkdf2HmacSha256.derive(ascii("p"), ascii("s"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
