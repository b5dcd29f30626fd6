package dev.parley.bootstrap.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** PARLEY_KEYS parsing: LiveKit's key:secret list, refusals that name the key and never the secret. */
class ApiKeyParserTest {

    private static final String LONG = "0123456789abcdefghijklmnopqrstuv"; // exactly 32 bytes

    @Test
    void severalKeysAreReadWithSpacesAroundItemsIgnored() {
        List<ApiKey> keys = ApiKeyParser.parse(" APIa:" + LONG + " , APIb:" + LONG + "x ", false);

        assertThat(keys).extracting(ApiKey::id).containsExactly("APIa", "APIb");
        assertThat(new String(keys.get(1).secret(), StandardCharsets.UTF_8)).isEqualTo(LONG + "x");
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedOutsideDevelopmentModeOnly() {
        assertThatThrownBy(() -> ApiKeyParser.parse("APIa:short-secret", false))
                .isInstanceOf(ApiKeyParser.InvalidKeyConfiguration.class)
                .hasMessageContaining("APIa").hasMessageContaining("32 bytes").hasMessageNotContaining("short-secret");
        assertThat(ApiKeyParser.parse("APIa:short-secret", true)).singleElement().extracting(ApiKey::id).isEqualTo("APIa");
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource(delimiter = '|', value = {
        "APIa                                        | not of the form key:secret",
        ":" + LONG + "                               | not of the form key:secret",
        "APIa:                                       | not of the form key:secret",
        "API a:" + LONG + "                          | invalid key id",
        "API/a:" + LONG + "                          | invalid key id",
        "APIa:" + LONG + ",APIa:" + LONG + "x        | appears twice",
        "' , '                                       | names no key",
    })
    void malformedConfigurationIsRefusedWithoutEchoingASecret(String spec, String message) {
        assertThatThrownBy(() -> ApiKeyParser.parse(spec, false))
                .isInstanceOf(ApiKeyParser.InvalidKeyConfiguration.class)
                .hasMessageContaining(message).hasMessageNotContaining(LONG);
    }

    @Test
    void aKeyNeverShowsItsSecretWhenPrinted() {
        assertThat(ApiKeyParser.parse("APIa:" + LONG, false).get(0).toString()).doesNotContain(LONG).contains("32 bytes");
    }
}
