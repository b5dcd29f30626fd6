package dev.parley.adapter.media.sdp;

import java.util.Objects;

/**
 * One {@code a=} line (RFC 8866 §5.13): a property attribute ({@code a=rtcp-mux}, value null) or
 * a value attribute ({@code a=mid:0}, value everything after the first colon, kept verbatim).
 */
public record Attribute(String name, String value) {

    public Attribute {
        Objects.requireNonNull(name, "name");
        if (!Tokens.isToken(name)) {
            throw new IllegalArgumentException("attribute name is not a token");
        }
    }

    /** A property attribute. */
    public static Attribute flag(String name) {
        return new Attribute(name, null);
    }

    /** A value attribute. */
    public static Attribute of(String name, String value) {
        return new Attribute(name, Objects.requireNonNull(value, "value"));
    }

    /** The line's text after {@code a=}. */
    public String text() {
        return value == null ? name : name + ":" + value;
    }
}
