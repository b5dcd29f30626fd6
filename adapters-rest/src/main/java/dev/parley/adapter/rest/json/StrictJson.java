package dev.parley.adapter.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The one JSON parser and writer of the server APIs. Parsing is strict: duplicate names are
 * refused (RFC 8259 §4 leaves them undefined; two parsers may read different values), nesting
 * is limited to {@value #MAX_DEPTH} levels, strings to 1 MiB, numbers to {@value #MAX_NUMBER_CHARS}
 * characters, names to {@value #MAX_NAME_CHARS}, and anything after the top-level value is an
 * error. Nothing from the body appears in an error message: only the line and column.
 */
public final class StrictJson {

    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 32;
    /** Longest number literal accepted. */
    public static final int MAX_NUMBER_CHARS = 40;
    /** Longest member name accepted. */
    public static final int MAX_NAME_CHARS = 1024;

    private static final ObjectMapper MAPPER = newMapper();

    private StrictJson() {
    }

    private static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxStringLength(RequestBody.MAX_BYTES)
                        .maxNameLength(MAX_NAME_CHARS)
                        .build())
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return mapper;
    }

    /**
     * Parses a body that must be one JSON object (UTF-8).
     *
     * @throws MalformedRequestException when it is empty, not JSON, not an object, or breaks a limit
     */
    public static ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw new MalformedRequestException("request body is empty; send a JSON object ({} for no fields)");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new MalformedRequestException("request body breaks a JSON limit (nesting deeper than " + MAX_DEPTH
                    + ", or a string, number or name too long)");
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException(describe(e));
        } catch (IOException e) {
            throw new MalformedRequestException("request body could not be read");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedRequestException("request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what = original.startsWith("Duplicate field") ? "a member name appears twice in one object"
                : original.contains("Invalid UTF-8") ? "request body is not valid UTF-8"
                : original.contains("Trailing token") ? "request body continues after the JSON value"
                : "request body is not valid JSON";
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return what;
        }
        return what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** A new, empty object node. */
    public static ObjectNode newObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The UTF-8 bytes of {@code node}, compact. */
    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
