package dev.parley.bootstrap.wiring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders flat key/value pairs as one JSON object per log line (values are ids and codes, never secrets). */
final class StructuredLog {

    private static final JsonFactory JSON = new JsonFactory();

    private StructuredLog() {
    }

    static String json(Map<String, String> fields) {
        StringWriter out = new StringWriter(64 + fields.size() * 24);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
