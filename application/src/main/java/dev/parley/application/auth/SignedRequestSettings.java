package dev.parley.application.auth;

import dev.parley.application.token.key.KeyIds;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The knobs of signed-request authentication, secure by default ({@link #defaults()}).
 *
 * @param window             how far {@code X-Parley-Timestamp} may lie from the server's clock,
 *                           either way (default 300 s, at most 15 min)
 * @param plainSignatureKeys API keys that may also sign the raw body alone, as Plug-N-Meet does
 *                           (no replay protection); empty unless configured
 */
public record SignedRequestSettings(Duration window, Set<String> plainSignatureKeys) {

    /** The default window: +-300 s. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(300);

    public SignedRequestSettings {
        Objects.requireNonNull(window, "window");
        if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("window must be between 1 s and 15 min");
        }
        plainSignatureKeys = plainSignatureKeys == null ? Set.of() : Set.copyOf(plainSignatureKeys);
        for (String key : plainSignatureKeys) {
            if (!KeyIds.isValid(key)) {
                throw new IllegalArgumentException("plainSignatureKeys holds a malformed key id");
            }
        }
    }

    /** +-300 s, and no key may use plain signatures. */
    public static SignedRequestSettings defaults() {
        return new SignedRequestSettings(DEFAULT_WINDOW, Set.of());
    }

    /** These settings with {@code keyIds} allowed to use plain Plug-N-Meet signatures. */
    public SignedRequestSettings withPlainSignatureKeys(Set<String> keyIds) {
        return new SignedRequestSettings(window, keyIds);
    }

    /** True when {@code keyId} may authenticate with a plain Plug-N-Meet signature. */
    public boolean allowsPlainSignature(String keyId) {
        return plainSignatureKeys.contains(keyId);
    }
}
