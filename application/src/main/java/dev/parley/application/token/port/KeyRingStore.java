package dev.parley.application.token.port;

import dev.parley.application.token.key.KeyState;
import java.util.List;
import java.util.Optional;

/** Persists the key ring: keys with sealed secrets, looked up by id on every verification (keep it fast). */
public interface KeyRingStore {

    /** The key with this id, whatever its state. */
    Optional<StoredKey> find(String keyId);

    /** Every key, oldest first (by creation time, then id). */
    List<StoredKey> list();

    /** Adds a new key; false (and nothing changed) when the id is taken. */
    boolean add(StoredKey key);

    /** Sets a key's state; false when no key has this id. */
    boolean updateState(String keyId, KeyState state);
}
