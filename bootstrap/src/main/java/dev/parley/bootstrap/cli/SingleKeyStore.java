package dev.parley.bootstrap.cli;

import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.StoredKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A key ring store holding the one key a command signs with, in memory, for the command's lifetime. */
final class SingleKeyStore implements KeyRingStore {

    private final List<StoredKey> keys = new ArrayList<>(1);

    @Override
    public synchronized Optional<StoredKey> find(String keyId) {
        return keys.stream().filter(k -> k.id().equals(keyId)).findFirst();
    }

    @Override
    public synchronized List<StoredKey> list() {
        return List.copyOf(keys);
    }

    @Override
    public synchronized boolean add(StoredKey key) {
        if (!keys.isEmpty()) {
            return false;
        }
        keys.add(key);
        return true;
    }

    @Override
    public synchronized boolean updateState(String keyId, KeyState state) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).id().equals(keyId)) {
                keys.set(i, keys.get(i).withState(state));
                return true;
            }
        }
        return false;
    }
}
