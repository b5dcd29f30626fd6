package dev.parley.bootstrap.keys;

import dev.parley.bootstrap.config.ParleyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Where the API keys come from: {@code parley.keys} when set; otherwise, in development mode,
 * the generated development key; otherwise none (and Parley reports itself not ready).
 */
@ApplicationScoped
public class KeySource {

    private ParleyConfig config;
    private volatile Resolved resolved;

    /** For CDI proxies. */
    protected KeySource() {
    }

    @Inject
    public KeySource(ParleyConfig config) {
        this.config = config;
    }

    /** The outcome of resolving keys: the keys, whether a dev key was just created, or why there are none. */
    public record Resolved(List<ApiKey> keys, Optional<ApiKey> newlyCreatedDevKey, Optional<String> problem) {
    }

    /** Resolves the keys once (creating the dev key if needed) and remembers the outcome. */
    public synchronized Resolved resolve() {
        if (resolved == null) {
            resolved = load();
        }
        return resolved;
    }

    private Resolved load() {
        try {
            if (config.keys().isPresent()) {
                return new Resolved(ApiKeyParser.parse(config.keys().get(), config.dev()), Optional.empty(), Optional.empty());
            }
            if (config.dev()) {
                DevKeyFile.Loaded loaded = DevKeyFile.loadOrCreate(config.dataDir(), new SecureRandom());
                return new Resolved(List.of(loaded.key()),
                        loaded.created() ? Optional.of(loaded.key()) : Optional.empty(), Optional.empty());
            }
            return new Resolved(List.of(), Optional.empty(),
                    Optional.of("no API key configured: set PARLEY_KEYS=key:secret (secret >= 32 bytes) or PARLEY_DEV=true"));
        } catch (ApiKeyParser.InvalidKeyConfiguration e) {
            return new Resolved(List.of(), Optional.empty(), Optional.of(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the development key under " + config.dataDir(), e);
        }
    }
}
