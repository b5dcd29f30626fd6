package dev.parley.adapter.media.signaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Typed, bounded reads of message fields; a violation is an {@link InvalidMessageException}. */
final class Fields {

    private Fields() {
    }

    static String text(ObjectNode msg, String name, int maxChars) {
        JsonNode n = msg.get(name);
        if (n == null || !n.isTextual() || n.textValue().isEmpty()) {
            throw new InvalidMessageException("'" + name + "' must be a non-empty string");
        }
        if (n.textValue().length() > maxChars) {
            throw new InvalidMessageException("'" + name + "' is longer than " + maxChars + " characters");
        }
        return n.textValue();
    }

    /** A text field of RFC 8866 token characters (what an SDP msid or a mid may hold). */
    static String token(ObjectNode msg, String name, int maxChars) {
        String v = text(msg, name, maxChars);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c == 0x21 || (c >= 0x23 && c <= 0x27) || c == 0x2A || c == 0x2B || c == 0x2D || c == 0x2E
                    || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x5E && c <= 0x7E);
            if (!ok) {
                throw new InvalidMessageException("'" + name + "' may hold only token characters");
            }
        }
        return v;
    }

    /** A PeerConnection name: 1 to 16 of [A-Za-z0-9_-]. */
    static String pc(ObjectNode msg) {
        String v = text(msg, "pc", 16);
        if (!v.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            throw new InvalidMessageException("'pc' may hold only letters, digits, '_' and '-'");
        }
        return v;
    }

    static List<String> texts(ObjectNode msg, String name, int maxItems, int maxChars) {
        JsonNode n = msg.get(name);
        if (n == null || !n.isArray() || n.isEmpty() || n.size() > maxItems) {
            throw new InvalidMessageException("'" + name + "' must be an array of 1 to " + maxItems + " strings");
        }
        List<String> out = new ArrayList<>(n.size());
        for (JsonNode x : n) {
            if (!x.isTextual() || x.textValue().isEmpty() || x.textValue().length() > maxChars) {
                throw new InvalidMessageException("'" + name + "' must hold strings of 1 to " + maxChars + " characters");
            }
            out.add(x.textValue());
        }
        return out;
    }

    /**
     * The optional request id the client chose ({@code "id"}: an integer or a string of up to 64
     * characters), echoed in the reply; null when absent or unusable.
     */
    static JsonNode requestId(ObjectNode msg) {
        JsonNode id = msg.get("id");
        if (id == null) {
            return null;
        }
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            return id;
        }
        if (id.isTextual() && id.textValue().length() <= 64) {
            return id;
        }
        throw new InvalidMessageException("'id' must be an integer or a string of at most 64 characters");
    }
}
