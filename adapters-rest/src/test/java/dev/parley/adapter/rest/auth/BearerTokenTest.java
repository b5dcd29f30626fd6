package dev.parley.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Authorization: Bearer} header of RFC 6750 §2.1. */
class BearerTokenTest {

    @Test
    void theTokenFollowsTheScheme() {
        assertThat(BearerToken.from("Bearer abc.def.ghi")).contains("abc.def.ghi");
    }

    @Test
    void theSchemeIsCaseInsensitive_rfc9110_11_1() {
        assertThat(BearerToken.from("bearer abc")).contains("abc");
        assertThat(BearerToken.from("BEARER abc")).contains("abc");
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertThat(BearerToken.from("  Bearer   abc  ")).contains("abc");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearerabc", "Basic abc", "Token abc", "abc.def.ghi"})
    void anythingElseCarriesNoBearerToken(String header) {
        assertThat(BearerToken.from(header)).isEmpty();
    }
}
