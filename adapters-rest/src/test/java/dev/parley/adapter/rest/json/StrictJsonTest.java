package dev.parley.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict parsing (RFC 8259 plus Parley's limits) and messages that quote nothing from the body. */
class StrictJsonTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String refusal(byte[] body) {
        try {
            StrictJson.parseObject(body);
        } catch (MalformedRequestException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void anObjectIsParsed() {
        assertThat(StrictJson.parseObject(utf8("{\"a\":[1,{\"b\":null}]}")).path("a").size()).isEqualTo(2);
    }

    @Test
    void duplicateNamesAreRefused_rfc8259_4() {
        assertThat(refusal(utf8("{\"room\":\"a\",\"room\":\"b\"}"))).startsWith("a member name appears twice");
        assertThat(refusal(utf8("{\"x\":{\"k\":1,\"k\":2}}"))).startsWith("a member name appears twice");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String ok = "{\"x\":" + "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1) + "}";
        StrictJson.parseObject(utf8(ok));
        String deep = "{\"x\":" + "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1) + "}";
        assertThat(refusal(utf8(deep))).contains("nesting");
        assertThat(refusal(utf8("[".repeat(10_000)))).contains("nesting");
    }

    @Test
    void aHugeNumberLiteralIsRefused() {
        assertThat(refusal(utf8("{\"n\":" + "9".repeat(1000) + "}"))).contains("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"s\"", "1", "true", "null"})
    void onlyAnObjectIsARequest(String body) {
        assertThat(refusal(utf8(body))).isEqualTo("request body must be a JSON object");
    }

    @Test
    void anEmptyBodyIsRefusedWithAHint() {
        assertThat(refusal(new byte[0])).contains("{}");
    }

    @Test
    void trailingDataIsRefused() {
        assertThat(refusal(utf8("{} {}"))).startsWith("request body continues after the JSON value");
    }

    @Test
    void invalidUtf8IsRefused_rfc8259_8_1() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(refusal(body)).startsWith("request body is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'a':1}", "{\"a\":1,}", "{a:1}", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\u0001\"}", "{\"a\":1 // c\n}"})
    void nonStandardJsonIsRefused(String body) {
        assertThat(refusal(utf8(body))).startsWith("request body is not valid JSON");
    }

    @Test
    void messagesGiveThePositionButQuoteNothing() {
        String message = refusal(utf8("{\"secret-looking-name\": <script>}"));
        assertThat(message).contains("line 1, column").doesNotContain("script").doesNotContain("secret-looking-name");
    }

    @Test
    void writingIsCompactUtf8() {
        var node = StrictJson.newObject().put("a", "\u00e9");
        assertThat(new String(StrictJson.write(node), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"\u00e9\"}");
    }

    @Test
    void refusalsCarryTheMalformedCode() {
        assertThatThrownBy(() -> StrictJson.parseObject(utf8("[")))
                .isInstanceOfSatisfying(MalformedRequestException.class, e -> assertThat(e.code()).isEqualTo("request_malformed"));
    }
}
