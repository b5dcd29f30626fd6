package dev.parley.adapter.nats.support;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.vault.SealedSecretStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SealedSecretStore} in a map (add-if-absent is atomic, as the port requires). */
public final class InMemorySealedSecretStore implements SealedSecretStore {

    private final Map<String, SealedSecret> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<SealedSecret> find(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public boolean addIfAbsent(String name, SealedSecret secret) {
        return secrets.putIfAbsent(name, secret) == null;
    }

    /** Everything stored, for assertions. */
    public Map<String, SealedSecret> all() {
        return Map.copyOf(secrets);
    }
}
