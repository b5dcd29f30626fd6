package dev.parley.adapter.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the fields of one protobuf message from a JSON object under the protobuf JSON mapping:
 * a field is found by its proto name or its lowerCamel JSON name (both at once is a duplicate);
 * {@code null} or absence gives the proto3 default; a value of the wrong JSON type is an error
 * naming the field. Members that name no field are ignored (unknown fields, as protojson's
 * {@code DiscardUnknown} and Twirp do).
 */
public final class ProtoJsonObject {

    private static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);

    private final ObjectNode node;
    private final String path;

    private ProtoJsonObject(ObjectNode node, String path) {
        this.node = Objects.requireNonNull(node, "node");
        this.path = path;
    }

    /** The top-level message of a request. */
    public static ProtoJsonObject of(ObjectNode node) {
        return new ProtoJsonObject(node, "");
    }

    /** True when the field is present with a non-null value. */
    public boolean has(String protoName) {
        return value(protoName) != null;
    }

    /** A {@code string} field; "" when absent. */
    public String string(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return "";
        }
        if (!v.isTextual()) {
            throw wrongType(protoName, "a string");
        }
        return v.textValue();
    }

    /** A {@code bool} field; false when absent. Only JSON {@code true} and {@code false}. */
    public boolean bool(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw wrongType(protoName, "true or false");
        }
        return v.booleanValue();
    }

    /**
     * A {@code uint32} field; 0 when absent. A JSON integer or a string of decimal digits (both are
     * protojson), between 0 and 4294967295.
     */
    public long uint32(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return 0;
        }
        BigInteger n;
        if (v.isIntegralNumber()) {
            n = v.bigIntegerValue();
        } else if (v.isTextual() && isDigits(v.textValue())) {
            n = new BigInteger(v.textValue());
        } else {
            throw wrongType(protoName, "an unsigned 32-bit integer");
        }
        if (n.signum() < 0 || n.compareTo(UINT32_MAX) > 0) {
            throw wrongType(protoName, "an unsigned 32-bit integer");
        }
        return n.longValueExact();
    }

    /** A {@code repeated string} field; empty when absent. */
    public List<String> strings(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrongType(protoName, "an array of strings");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw wrongType(protoName, "an array of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    /**
     * A {@code repeated} enum field, each element as its value name or number (protojson accepts
     * both); the numbers are translated with {@code namesByNumber}. Empty when absent.
     */
    public List<String> enumNames(String protoName, List<String> namesByNumber) {
        JsonNode v = value(protoName);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrongType(protoName, "an array of enum names");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (item.isTextual() && namesByNumber.contains(item.textValue())) {
                out.add(item.textValue());
            } else if (item.isIntegralNumber() && item.canConvertToInt() && item.intValue() >= 0
                    && item.intValue() < namesByNumber.size()) {
                out.add(namesByNumber.get(item.intValue()));
            } else {
                throw wrongType(protoName, "an array of " + String.join(", ", namesByNumber));
            }
        }
        return out;
    }

    /** A {@code map<string, string>} field; empty when absent. Keeps the body's order. */
    public Map<String, String> stringMap(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw wrongType(protoName, "an object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!e.getValue().isTextual()) {
                throw wrongType(protoName, "an object of strings");
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    /** A message field; empty when absent. */
    public Optional<ProtoJsonObject> message(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw wrongType(protoName, "an object");
        }
        return Optional.of(new ProtoJsonObject((ObjectNode) v, label(protoName) + "."));
    }

    /** The number of elements of a {@code repeated} message field (each must be an object); 0 when absent. */
    public int messageCount(String protoName) {
        JsonNode v = value(protoName);
        if (v == null) {
            return 0;
        }
        if (!v.isArray()) {
            throw wrongType(protoName, "an array of objects");
        }
        for (JsonNode item : v) {
            if (!item.isObject()) {
                throw wrongType(protoName, "an array of objects");
            }
        }
        return v.size();
    }

    /** The raw JSON of a message field (for fields Parley keeps as opaque JSON); empty when absent. */
    public Optional<ObjectNode> rawObject(String protoName) {
        return message(protoName).map(m -> m.node);
    }

    /** What the error messages call the field: its path and the name this body used. */
    public String label(String protoName) {
        String json = FieldNaming.jsonName(protoName);
        return path + (node.has(protoName) || json.equals(protoName) ? protoName : json);
    }

    private JsonNode value(String protoName) {
        String json = FieldNaming.jsonName(protoName);
        JsonNode byProto = node.get(protoName);
        JsonNode byJson = json.equals(protoName) ? null : node.get(json);
        if (byProto != null && byJson != null) {
            throw new MalformedRequestException("field " + path + json + " is given twice (as " + protoName
                    + " and " + json + ")");
        }
        JsonNode v = byProto != null ? byProto : byJson;
        return v == null || v.isNull() ? null : v;
    }

    private MalformedRequestException wrongType(String protoName, String expected) {
        return new MalformedRequestException("field " + label(protoName) + " must be " + expected);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
