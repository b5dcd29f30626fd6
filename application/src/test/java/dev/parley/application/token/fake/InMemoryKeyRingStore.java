package dev.parley.application.token.fake;

import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.StoredKey;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link KeyRingStore} in a concurrent map. */
public final class InMemoryKeyRingStore implements KeyRingStore {

    private final ConcurrentHashMap<String, StoredKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredKey> find(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public List<StoredKey> list() {
        return keys.values().stream()
                .sorted(Comparator.comparing(StoredKey::created).thenComparing(StoredKey::id))
                .toList();
    }

    @Override
    public boolean add(StoredKey key) {
        Objects.requireNonNull(key, "key");
        return keys.putIfAbsent(key.id(), key) == null;
    }

    @Override
    public boolean updateState(String keyId, KeyState state) {
        Objects.requireNonNull(state, "state");
        return keys.computeIfPresent(keyId, (id, k) -> k.withState(state)) != null;
    }
}
