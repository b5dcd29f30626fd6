package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Duplicate-name detection for the claims object and the video grant, cheaper than Jackson's
 * per-object hash set on the hot path: known names are bits of a mask, unknown names go to a
 * short list (a set once it grows). Unknown values that are containers are skipped with Jackson's
 * own {@code STRICT_DUPLICATE_DETECTION} switched on for their extent, so that no object anywhere
 * in a token may repeat a name (RFC 7519 §4, RFC 8725 §3.4 — the "lexically last" alternative is
 * exactly what lets two parsers disagree about a token).
 */
final class NameGuard {

    private long seen;
    private List<String> unknown;
    private Set<String> unknownSet;

    /** Records the known name number {@code index} (0-63); refuses a second occurrence. */
    void known(int index) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
            throw Refusals.malformed("duplicate name");
        }
        seen |= bit;
    }

    /** Records an unknown name and skips its value, checking every nested object for duplicates. */
    @SuppressWarnings("deprecation")
    void unknownAndSkip(String name, JsonParser p, JsonToken value) throws IOException {
        if (unknownSet != null) {
            if (!unknownSet.add(name)) {
                throw Refusals.malformed("duplicate name");
            }
        } else {
            if (unknown == null) {
                unknown = new ArrayList<>(4);
            } else if (unknown.contains(name)) {
                throw Refusals.malformed("duplicate name");
            }
            unknown.add(name);
            if (unknown.size() > 8) {
                unknownSet = new HashSet<>(unknown);
            }
        }
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            // Turning the feature on gives the container just opened its own detector, inherited by
            // every container nested in it; turning it off again after the skip costs nothing.
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                p.skipChildren();
            } finally {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
        }
    }
}
