package dev.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text: control-character detection, NFC, UTF-8 length and the byte-size check. */
class TextTest {

    @Test
    void controlCharactersAreC0C1AndLineOrParagraphSeparators() {
        for (String s : new String[] {"\u0000", "\u0009", "\n", "\u001f", "\u007f", "\u0080", "\u0085", "\u009f", "\u2028", "\u2029"}) {
            assertThat(Text.hasControlCharacter("a" + s + "b")).as("U+%04X", (int) s.charAt(0)).isTrue();
        }
        for (String s : new String[] {"", "a", " ", "\u00a0", "\u00e9", "\u2027", "\u202a", "\ud83d\ude00"}) {
            assertThat(Text.hasControlCharacter(s)).as("[%s]", s).isFalse();
        }
    }

    @Test
    void nfcComposes() {
        assertThat(Text.nfc("e\u0301")).isEqualTo("\u00e9");
        assertThat(Text.nfc("\u00e9")).isEqualTo("\u00e9");
        assertThat(Text.nfc("plain")).isEqualTo("plain");
    }

    @Test
    void utf8LengthCountsBytes() {
        assertThat(Text.utf8Length("")).isZero();
        assertThat(Text.utf8Length("a")).isEqualTo(1);
        assertThat(Text.utf8Length("\u00e9")).isEqualTo(2);
        assertThat(Text.utf8Length("\u20ac")).isEqualTo(3);
        assertThat(Text.utf8Length("\ud83d\ude00")).isEqualTo(4);
    }

    @Test
    void requireMaxBytesAcceptsUpToTheLimitInBytes() {
        assertThat(Text.requireMaxBytes("\ud83d\ude00\ud83d\ude00", 8, "c", "v")).isEqualTo("\ud83d\ude00\ud83d\ude00");
        assertThat(Text.requireMaxBytes("\u20ac\u20ac", 6, "c", "v")).isEqualTo("\u20ac\u20ac");
        assertThat(Text.requireMaxBytes(null, 0, "c", "v")).isNull();
        assertThat(Text.requireMaxBytes("", 0, "c", "v")).isEmpty();
    }

    @Test
    void requireMaxBytesRefusesOneByteMoreWithTheGivenCode() {
        for (String s : new String[] {"\ud83d\ude00\ud83d\ude00a", "\u20ac\u20ac\u20ac", "aaaaaaaaa", "\u00e9\u00e9\u00e9\u00e9a"}) {
            assertThatThrownBy(() -> Text.requireMaxBytes(s, 8, "too_big", "thing")).as(s)
                    .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("too_big"));
        }
        assertThatThrownBy(() -> Text.requireMaxBytes("\u20ac\u20ac\u20ac", 8, "too_big", "thing"))
                .hasMessageContaining("thing");
    }
}
