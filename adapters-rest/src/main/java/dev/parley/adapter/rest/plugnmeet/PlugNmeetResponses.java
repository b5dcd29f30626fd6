package dev.parley.adapter.rest.plugnmeet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.ProtoJsonWriter;

/** The common shape of Plug-N-Meet's responses: {@code status}, {@code msg}, then the payload. */
final class PlugNmeetResponses {

    /** Plug-N-Meet writes proto field names (protojson {@code UseProtoNames}). */
    static final FieldNaming NAMING = FieldNaming.PROTO_NAME;

    private PlugNmeetResponses() {
    }

    /** A response with {@code status} and {@code msg}, to which the action adds its fields. */
    static ProtoJsonWriter status(boolean status, String msg) {
        return ProtoJsonWriter.message(NAMING).bool("status", status).string("msg", msg);
    }

    /** A failure body. */
    static ObjectNode failure(String msg, String code) {
        return status(false, msg).string("code", code).build();
    }
}
