package dev.parley.adapter.persistence;

import dev.parley.application.token.key.KeyIds;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.StoredKey;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link KeyRingStore} over JPA (table {@code api_key}). Runs inside the caller's transaction and
 * never ends it. Sealed secrets are stored exactly as given (base64 of the sealer's blob) and
 * never unsealed here; instants at microsecond precision (see {@link Columns#instant}).
 *
 * <p>{@link #find} is one primary-key lookup; an id outside the key id grammar
 * ({@link KeyIds}) is not looked up at all. {@link #add} is atomic across transactions and nodes
 * (the id's {@link NameLocks} row lock, then check and insert): of several concurrent adds of one
 * id exactly one wins, the others return {@code false} with their transaction intact.
 *
 * <p>{@link #updateState}: rows carry a version, so a state change made from a stale read (the
 * key was read, then changed by another transaction, then updated here) fails with an
 * {@link jakarta.persistence.OptimisticLockException} instead of overwriting the other change; and
 * a REVOKED key is never moved to another state ({@link IllegalStateException}): together they
 * keep a concurrent rotation or re-activation from undoing a revocation.
 */
public final class JpaKeyRingStore implements KeyRingStore {

    private static final Comparator<StoredKey> OLDEST_FIRST =
            Comparator.comparing(StoredKey::created).thenComparing(StoredKey::id);

    private final EntityManager em;

    /** A store working in {@code em}'s current transaction (a container-managed, transaction-scoped EntityManager is fine). */
    public JpaKeyRingStore(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<StoredKey> find(String keyId) {
        if (!KeyIds.isValid(keyId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ApiKeyEntity.class, keyId)).map(ApiKeyMapper::toDomain);
    }

    @Override
    public List<StoredKey> list() {
        // Sorted here, not by the database: ids compare by code unit whatever the collation.
        return em.createQuery("select k from ApiKeyEntity k", ApiKeyEntity.class)
                .getResultList().stream()
                .map(ApiKeyMapper::toDomain)
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public boolean add(StoredKey key) {
        Objects.requireNonNull(key, "key");
        ApiKeyEntity row = ApiKeyMapper.toNewEntity(key); // validate before taking the lock
        NameLocks.lock(em, row.id);
        if (em.find(ApiKeyEntity.class, row.id) != null) {
            return false;
        }
        em.persist(row);
        em.flush();
        return true;
    }

    @Override
    public boolean updateState(String keyId, KeyState state) {
        Objects.requireNonNull(state, "state");
        if (!KeyIds.isValid(keyId)) {
            return false;
        }
        ApiKeyEntity row = em.find(ApiKeyEntity.class, keyId);
        if (row == null) {
            return false;
        }
        if (KeyState.REVOKED.name().equals(row.state) && state != KeyState.REVOKED) {
            throw new IllegalStateException("api key " + keyId + " is REVOKED, which is final");
        }
        row.state = state.name();
        em.flush();
        return true;
    }
}
