package dev.parley.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Identities cannot hide characters, reverse text or carry broken UTF-16 (look-alike and collision attacks). */
class IdentitySpoofingTest {

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
        "ann\u200Bsmith",   // zero-width space
        "admin\u202Egpj",   // right-to-left override
        "\uFEFFann",        // byte-order mark
        "ann\u202Abob",     // left-to-right embedding
        "ann\u2060",        // word joiner
        "a\uD800",          // unpaired high surrogate
        "a\uDC00",          // unpaired low surrogate
        "\uDC00\uD800",     // surrogates in the wrong order
        "\u00A0",           // only a no-break space
        "\u2003\u3000",     // only em and ideographic spaces
    })
    void invisibleDirectionChangingOrBrokenIdentitiesAreRefused(String value) {
        assertThatThrownBy(() -> Identity.of(value))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("identity_invalid"));
    }

    @Test
    void pairedSurrogatesSuchAsEmojiAreAccepted() {
        assertThat(Identity.of("ann \uD83D\uDE00").value()).isEqualTo("ann \uD83D\uDE00");
    }

    @Test
    void aNoBreakSpaceInsideANameIsAccepted() {
        assertThat(Identity.of("Ann\u00A0Smith").value()).isEqualTo("Ann\u00A0Smith");
    }
}
