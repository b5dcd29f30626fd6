package dev.parley.application.vault.fake;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.vault.SealedSecretStore;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SealedSecretStore} in a concurrent map: {@link #addIfAbsent} is one atomic {@code putIfAbsent}. */
public final class InMemorySealedSecretStore implements SealedSecretStore {

    private final ConcurrentHashMap<String, SealedSecret> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<SealedSecret> find(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public boolean addIfAbsent(String name, SealedSecret secret) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        return secrets.putIfAbsent(name, secret) == null;
    }

    /** Everything stored, by name (what an adapter test inspects after the code under test stored its secrets). */
    public java.util.Map<String, SealedSecret> all() {
        return java.util.Map.copyOf(secrets);
    }
}
