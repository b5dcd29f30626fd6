package dev.parley.application.token.key;

/**
 * The grammar of API key ids: 1 to 64 characters of {@code [A-Za-z0-9_-]} (LiveKit's keys are
 * {@code API} and letters/digits). An {@code iss} outside it is refused before any look-up, so
 * path, SQL or Unicode tricks never reach a store.
 */
public final class KeyIds {

    /** Longest key id. */
    public static final int MAX_LENGTH = 64;

    private KeyIds() {
    }

    /** True when {@code id} is a well-formed key id. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
