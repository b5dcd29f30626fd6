package dev.parley.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Makes "insert if absent" atomic on H2 and PostgreSQL alike: the writer locks one of
 * {@value #STRIPES} rows of {@code name_lock}, chosen by the key's hash, until its transaction
 * ends; then it checks and inserts. A concurrent writer of the same key waits for the lock and,
 * at READ COMMITTED, then sees the committed row. No constraint violation is ever provoked, so
 * the caller's transaction is never poisoned (a failed statement aborts a PostgreSQL
 * transaction, and a JPA exception marks any transaction for rollback).
 *
 * <p>Keys are room names, API key ids, revocation entry keys, sealed secret names and room key
 * epochs (the last two prefixed by their store): all few and written rarely, so 64 stripes keep
 * unrelated keys from waiting on each other often enough (they share the stripes: a collision
 * only makes one writer wait). {@link String#hashCode()} is specified, so every node
 * picks the same stripe.
 */
final class NameLocks {

    /** How many lock rows the migration creates; changing it needs a migration. */
    static final int STRIPES = 64;

    private NameLocks() {
    }

    /** Blocks until this transaction holds the stripe of {@code key}. */
    static void lock(EntityManager em, String key) {
        int stripe = Math.floorMod(key.hashCode(), STRIPES);
        if (em.find(NameLockEntity.class, stripe, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("name_lock stripe " + stripe + " is missing: was SchemaMigrator.migrate run?");
        }
    }
}
