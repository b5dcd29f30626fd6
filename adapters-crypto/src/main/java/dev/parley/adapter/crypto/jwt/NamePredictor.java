package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the member names of one JSON object whose known names tend to come in the same order
 * from token to token (each SDK writes its claims in a fixed order). It remembers which known
 * name followed which the last time and asks Jackson to match that one first
 * ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}: a byte
 * comparison instead of a symbol-table look-up). A wrong guess costs nothing but the normal path;
 * the memory is a racy int array, which is harmless: it only ever holds valid guesses.
 */
final class NamePredictor {

    /** Returned by {@link #next} when the object has no more members. */
    static final int END = Integer.MIN_VALUE;
    /** Returned by {@link #next} for a name that is not known; read it with {@link JsonParser#currentName()}. */
    static final int UNKNOWN = -1;

    private final String[] names;
    private final SerializedString[] serialized;
    private final int[] after;

    NamePredictor(String... names) {
        this.names = names.clone();
        this.serialized = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            serialized[i] = new SerializedString(names[i]);
        }
        this.after = new int[names.length + 1];
        Arrays.fill(after, -1);
    }

    /** The state before the first member. */
    int start() {
        return names.length;
    }

    /**
     * Moves to the next member name: its known index, {@link #UNKNOWN}, or {@link #END} (the
     * parser then stands on whatever token is not a name; the caller checks it is the object's end).
     *
     * @param previous the index returned for the previous known member, or {@link #start()}
     */
    int next(JsonParser p, int previous) throws IOException {
        int guess = after[previous];
        if (guess >= 0) {
            if (p.nextFieldName(serialized[guess])) {
                return guess;
            }
            if (p.currentToken() != JsonToken.FIELD_NAME) {
                return END;
            }
        } else if (p.nextFieldName() == null) {
            return END;
        }
        int known = indexOf(p.currentName());
        if (known >= 0) {
            after[previous] = known;
        }
        return known;
    }

    /** The name of known index {@code i}. */
    String name(int i) {
        return names[i];
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return UNKNOWN;
    }
}
