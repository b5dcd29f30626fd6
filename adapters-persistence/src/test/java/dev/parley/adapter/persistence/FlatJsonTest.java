package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The JSON encoding of attribute and detail maps: deterministic, lossless, strict. */
class FlatJsonTest {

    @Test
    void writesSortedKeysAndEscapesOnlyWhatItMust() {
        Map<String, String> m = new HashMap<>();
        m.put("b", "caf\u00e9 \"x\" \\ /");
        m.put("a", "line\nfeed\u0001");

        assertThat(FlatJson.encode(m)).isEqualTo("{\"a\":\"line\\nfeed\\u0001\",\"b\":\"caf\u00e9 \\\"x\\\" \\\\ /\"}");
        assertThat(FlatJson.encode(Map.of())).isEqualTo("{}");
    }

    @Test
    void everyMapOfArbitraryStringsSurvivesTheRoundTrip() {
        Random random = new Random(20261122);
        for (int round = 0; round < 2000; round++) {
            Map<String, String> m = new HashMap<>();
            int size = random.nextInt(5);
            for (int i = 0; i < size; i++) {
                m.put(randomString(random), randomString(random));
            }

            String json = FlatJson.encode(m);

            assertThat(FlatJson.decode(json)).isEqualTo(m);
            assertThat(json).doesNotContain("\u0000");
            assertThat(Columns.text(json, Integer.MAX_VALUE, "json")).isEqualTo(json); // always storable
        }
    }

    @Test
    void readsWhitespaceAndEveryStandardEscape() {
        assertThat(FlatJson.decode(" { \"k\" : \"\\b\\f\\n\\r\\t\\/\\\"\\\\\\u00e9\\ud83d\\ude00\" } "))
                .containsExactly(Map.entry("k", "\b\f\n\r\t/\"\\\u00e9\uD83D\uDE00"));
    }

    @Test
    void refusesMalformedTextWithoutQuotingIt() {
        for (String bad : new String[] {"", "{", "{\"secret\"}", "{\"secret\":1}", "{\"a\":\"b\",}", "{\"a\":\"b\"} x",
                "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"b\",\"a\":\"c\"}", "[\"secret\"]"}) {
            assertThatThrownBy(() -> FlatJson.decode(bad)).as(bad)
                    .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("secret");
        }
    }

    private static String randomString(Random random) {
        int length = random.nextInt(12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(0x20)); // control characters, U+0000 included
                case 1 -> s.append("\"\\/{}:,".charAt(random.nextInt(7)));
                case 2 -> s.append((char) (0xD800 + random.nextInt(0x800))); // surrogates, mostly unpaired
                case 3 -> s.appendCodePoint(0x10000 + random.nextInt(0x10000)); // astral, well paired
                case 4 -> s.append((char) (0x80 + random.nextInt(0xD700)));
                default -> s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
