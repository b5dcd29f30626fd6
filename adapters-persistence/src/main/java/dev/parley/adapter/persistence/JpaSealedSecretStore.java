package dev.parley.adapter.persistence;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.vault.SealedSecretStore;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link SealedSecretStore} over JPA (table {@code sealed_secret}). Runs inside the caller's
 * transaction and never ends it. Secrets are stored exactly as given (base64 of the sealer's
 * blob) and never unsealed here; a row is never updated or deleted.
 *
 * <p>{@link #find} is one primary-key lookup; a name no row could have (longer than
 * {@value SealedSecretMapper#MAX_NAME_CHARS} characters, or holding U+0000 or an unpaired
 * surrogate) is not looked up at all. {@link #addIfAbsent} is decided by the primary key on the
 * name and is atomic across transactions and nodes: it takes the name's {@link NameLocks} row
 * lock, then looks the name up and inserts, so of several concurrent adds of one name exactly
 * one wins and the others return {@code false} with their transaction intact (they waited for
 * the winner's commit and then saw its row), ready to re-read the winner's secret.
 */
public final class JpaSealedSecretStore implements SealedSecretStore {

    private static final String LOCK_PREFIX = "sealed-secret/";

    private final EntityManager em;
    private final Clock clock;

    /** A store working in {@code em}'s current transaction; rows record their creation time from {@code clock}. */
    public JpaSealedSecretStore(EntityManager em, Clock clock) {
        this.em = Objects.requireNonNull(em, "em");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A store working in {@code em}'s current transaction, stamping rows with the system clock (UTC). */
    public JpaSealedSecretStore(EntityManager em) {
        this(em, Clock.systemUTC());
    }

    @Override
    public Optional<SealedSecret> find(String name) {
        Objects.requireNonNull(name, "name");
        if (!SealedSecretMapper.isStorableName(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(SealedSecretEntity.class, name)).map(SealedSecretMapper::toDomain);
    }

    @Override
    public boolean addIfAbsent(String name, SealedSecret secret) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
        SealedSecretEntity row = SealedSecretMapper.toNewEntity(name, secret, clock.instant()); // validate before locking
        NameLocks.lock(em, LOCK_PREFIX + name);
        if (em.find(SealedSecretEntity.class, name) != null) {
            return false;
        }
        em.persist(row);
        em.flush();
        return true;
    }
}
