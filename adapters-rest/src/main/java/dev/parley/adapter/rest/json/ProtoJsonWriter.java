package dev.parley.adapter.rest.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes one protobuf message as JSON under the protobuf JSON mapping, every field emitted
 * (protojson's {@code EmitUnpopulated}, as LiveKit's and Plug-N-Meet's servers write): strings,
 * bools and 32-bit integers as themselves, 64-bit integers as decimal strings, enums by name.
 */
public final class ProtoJsonWriter {

    private final FieldNaming naming;
    private final ObjectNode node;

    private ProtoJsonWriter(FieldNaming naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
        this.node = StrictJson.newObject();
    }

    /** A writer for one message whose fields are named by {@code naming}. */
    public static ProtoJsonWriter message(FieldNaming naming) {
        return new ProtoJsonWriter(naming);
    }

    /** The naming this writer uses (for nested messages). */
    public FieldNaming naming() {
        return naming;
    }

    /** A {@code string} field. */
    public ProtoJsonWriter string(String protoName, String value) {
        node.put(naming.apply(protoName), value == null ? "" : value);
        return this;
    }

    /** A {@code bool} field. */
    public ProtoJsonWriter bool(String protoName, boolean value) {
        node.put(naming.apply(protoName), value);
        return this;
    }

    /** A {@code uint32} or {@code int32} field: a JSON number. */
    public ProtoJsonWriter int32(String protoName, long value) {
        node.put(naming.apply(protoName), value);
        return this;
    }

    /** An {@code int64} or {@code uint64} field: a JSON string (protojson, RFC 8259 §6 precision). */
    public ProtoJsonWriter int64(String protoName, long value) {
        node.put(naming.apply(protoName), Long.toString(value));
        return this;
    }

    /** An enum field, by value name. */
    public ProtoJsonWriter enumName(String protoName, String valueName) {
        node.put(naming.apply(protoName), valueName);
        return this;
    }

    /** A {@code repeated string} or repeated enum field. */
    public ProtoJsonWriter strings(String protoName, List<String> values) {
        ArrayNode array = node.putArray(naming.apply(protoName));
        values.forEach(array::add);
        return this;
    }

    /** A {@code map<string, string>} field, keys in sorted order (deterministic output). */
    public ProtoJsonWriter stringMap(String protoName, Map<String, String> values) {
        ObjectNode map = node.putObject(naming.apply(protoName));
        new TreeMap<>(values).forEach(map::put);
        return this;
    }

    /** A message field. */
    public ProtoJsonWriter message(String protoName, ObjectNode value) {
        node.set(naming.apply(protoName), value);
        return this;
    }

    /** A {@code repeated} message field. */
    public ProtoJsonWriter messages(String protoName, List<ObjectNode> values) {
        ArrayNode array = node.putArray(naming.apply(protoName));
        values.forEach(array::add);
        return this;
    }

    /** The message written so far. */
    public ObjectNode build() {
        return node;
    }
}
