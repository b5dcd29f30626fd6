package dev.parley.adapter.rest.json;

/**
 * How a protobuf field is named in JSON (the protobuf JSON mapping): by its lowerCamel JSON
 * name, as LiveKit's server SDKs send it and Twirp's camelCase option writes it, or by its
 * original proto name, as Plug-N-Meet's server writes it ({@code UseProtoNames}). A reader
 * accepts both, as protojson does.
 */
public enum FieldNaming {
    /** {@code creation_time_ms} becomes {@code creationTimeMs}. */
    JSON_NAME,
    /** {@code creation_time_ms} stays {@code creation_time_ms}. */
    PROTO_NAME;

    /** The name of the field {@code protoName} under this naming. */
    public String apply(String protoName) {
        return this == PROTO_NAME ? protoName : jsonName(protoName);
    }

    /**
     * protoc's JSON name: underscores removed and the letter after each one upper-cased
     * ({@code can_publish_sources} becomes {@code canPublishSources}).
     */
    public static String jsonName(String protoName) {
        StringBuilder sb = new StringBuilder(protoName.length());
        boolean upper = false;
        for (int i = 0; i < protoName.length(); i++) {
            char c = protoName.charAt(i);
            if (c == '_') {
                upper = true;
            } else if (upper) {
                sb.append(Character.toUpperCase(c));
                upper = false;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
