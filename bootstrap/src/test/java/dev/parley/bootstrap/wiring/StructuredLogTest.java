package dev.parley.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hostile identity cannot forge log lines or fields: every value stays one JSON string on one line. */
class StructuredLogTest {

    @Test
    void quotesNewlinesAndControlCharactersStayInsideTheirValue() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "audit");
        fields.put("actor", "eve\",\"outcome\":\"ALLOWED\"}\n{\"forged\":\"\u0007\u2028");

        String line = StructuredLog.json(fields);

        assertThat(line).doesNotContain("\n");
        Map<String, Object> parsed = new ObjectMapper().readValue(line, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(parsed).hasSize(2).containsEntry("actor", fields.get("actor"));
    }
}
