package dev.parley.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identity: non-empty, not blank, at most 256 code points, no control characters, held in NFC. */
class IdentityTest {

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> Identity.of(value)).as("[%s]", value)
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("identity_invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "user-42", "alice@example.com", "Zo\u00eb", "\u7528\u6237", "a b", "\ud83d\ude00"})
    void ordinaryIdentitiesAreAccepted(String value) {
        assertThat(Identity.of(value).value()).isEqualTo(value);
        assertThat(Identity.of(value).toString()).isEqualTo(value);
    }

    @Test
    void emptyIdentityIsRefused() {
        assertInvalid("");
        assertInvalid(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\u3000", "\u2003"})
    void blankIdentityIsRefused(String value) {
        assertInvalid(value);
    }

    @Test
    void identityOf256CodePointsIsAcceptedAnd257Refused() {
        assertThat(Identity.of("a".repeat(256)).value()).hasSize(256);
        assertInvalid("a".repeat(257));
    }

    @Test
    void identityLengthCountsCodePointsNotUtf16Units() {
        String emoji = "\ud83d\ude00";

        assertThat(Identity.of(emoji.repeat(256)).value()).hasSize(512);
        assertInvalid(emoji.repeat(257));
    }

    @Test
    void identityLengthIsMeasuredAfterNormalisation() {
        String decomposed = "a".repeat(255) + "e\u0301";

        assertThat(decomposed.codePointCount(0, decomposed.length())).isEqualTo(257);
        assertThat(Identity.of(decomposed).value()).isEqualTo("a".repeat(255) + "\u00e9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "a\u001fb", "a\u007fb", "a\u0085b", "a\u009fb", "a\u2028b", "a\u2029b",
            "a\nb", "a\rb", "a\tb", "alice\u0000"})
    void controlCharactersAreRefused(String value) {
        assertInvalid(value);
    }

    @Test
    void identitiesAreHeldInNfcSoBothSpellingsAreEqual() {
        Identity decomposed = Identity.of("e\u0301");
        Identity composed = Identity.of("\u00e9");

        assertThat(decomposed).isEqualTo(composed);
        assertThat(decomposed.hashCode()).isEqualTo(composed.hashCode());
        assertThat(decomposed.value()).isEqualTo("\u00e9");
        assertThat(decomposed.compareTo(composed)).isZero();
    }

    @Test
    void identitiesAreCaseSensitive() {
        assertThat(Identity.of("Alice")).isNotEqualTo(Identity.of("alice"));
    }
}
