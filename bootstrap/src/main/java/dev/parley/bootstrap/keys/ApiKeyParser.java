package dev.parley.bootstrap.keys;

import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.key.KeyIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses {@code PARLEY_KEYS} ({@code key1:secret1,key2:secret2}, LiveKit's {@code LIVEKIT_KEYS}
 * format; spaces around items are ignored). Errors name the offending key id or position, never
 * a secret.
 */
public final class ApiKeyParser {

    private ApiKeyParser() {
    }

    /** The keys; {@code allowShortSecrets} only in development mode. */
    public static List<ApiKey> parse(String spec, boolean allowShortSecrets) {
        List<ApiKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] items = spec.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new InvalidKeyConfiguration("item " + (i + 1) + " of parley.keys is not of the form key:secret");
            }
            String id = item.substring(0, colon).trim();
            String secret = item.substring(colon + 1).trim();
            if (!KeyIds.isValid(id)) {
                throw new InvalidKeyConfiguration("item " + (i + 1) + " of parley.keys has an invalid key id"
                        + " (1 to " + KeyIds.MAX_LENGTH + " characters of A-Z a-z 0-9 _ -)");
            }
            if (!seen.add(id)) {
                throw new InvalidKeyConfiguration("key id " + id + " appears twice in parley.keys");
            }
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < TokenPolicy.MIN_SECRET_BYTES && !allowShortSecrets) {
                throw new InvalidKeyConfiguration("the secret of key " + id + " is shorter than "
                        + TokenPolicy.MIN_SECRET_BYTES + " bytes (allowed only with parley.dev=true)");
            }
            keys.add(new ApiKey(id, bytes));
        }
        if (keys.isEmpty()) {
            throw new InvalidKeyConfiguration("parley.keys names no key");
        }
        return List.copyOf(keys);
    }

    /** A key configuration Parley refuses to start with. */
    public static final class InvalidKeyConfiguration extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidKeyConfiguration(String message) {
            super(message, null, false, false);
        }
    }
}
