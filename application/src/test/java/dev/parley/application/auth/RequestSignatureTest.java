package dev.parley.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HMAC-SHA256 as RFC 2104 / RFC 4231 define it, the string-to-sign, and the header encoding. */
class RequestSignatureTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rfc4231TestCase1() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertThat(RequestSignature.toHex(RequestSignature.plain(key, utf8("Hi There"))))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void rfc4231TestCase2() {
        assertThat(RequestSignature.toHex(RequestSignature.plain(utf8("Jefe"), utf8("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void plainPlugNmeetSignatureIsTheHmacOfTheRawBody() {
        // Reference value from: printf '{"room_id":"room-a"}' | openssl dgst -sha256 -hmac '<secret>'
        byte[] secret = utf8("0123456789abcdef0123456789abcdef-secret");
        assertThat(RequestSignature.toHex(RequestSignature.plain(secret, utf8("{\"room_id\":\"room-a\"}"))))
                .isEqualTo("a6a594cf22d3cb1917249242ec89e8b82807db4d4d2b31b83624372e7d4c7c03");
    }

    @Test
    void stringToSignIsTimestampLineFeedNonceLineFeedBody() {
        // Reference value from:
        // printf '1772366400\nnonce-0123456789abcdef\n{"room_id":"room-a"}' | openssl dgst -sha256 -hmac '<secret>'
        byte[] secret = utf8("0123456789abcdef0123456789abcdef-secret");
        byte[] sig = RequestSignature.replayProtected(secret, "1772366400", "nonce-0123456789abcdef",
                utf8("{\"room_id\":\"room-a\"}"));
        assertThat(RequestSignature.toHex(sig))
                .isEqualTo("dba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c2292780");
    }

    @Test
    void theHeaderIsParsedFrom64LowercaseHexDigits() {
        String hex = "dba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c2292780";
        assertThat(RequestSignature.parseHex(hex)).hasValueSatisfying(b -> assertThat(b).isEqualTo(HexFormat.of().parseHex(hex)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DBA9E06E028623F64CFB37D22BE55132A3B7F37CA0B14491FECE8964C2292780",
        "dba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c229278",
        "dba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c22927800",
        "zba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c2292780",
        " dba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c229278",
        "",
    })
    void anythingElseIsNotASignature(String header) {
        assertThat(RequestSignature.parseHex(header)).isEmpty();
    }

    @Test
    void signaturesAreComparedByValue() {
        byte[] a = RequestSignature.plain(utf8("k"), utf8("body"));
        byte[] b = RequestSignature.plain(utf8("k"), utf8("body"));
        byte[] c = RequestSignature.plain(utf8("k"), utf8("Body"));
        assertThat(RequestSignature.matches(a, b)).isTrue();
        assertThat(RequestSignature.matches(a, c)).isFalse();
        assertThat(RequestSignature.matches(a, Arrays.copyOf(a, 31))).isFalse();
    }
}
