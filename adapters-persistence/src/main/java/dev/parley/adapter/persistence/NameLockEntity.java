package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code name_lock}: one lock stripe, only ever read with {@code FOR UPDATE} (see {@link NameLocks}). */
@Entity(name = "NameLockEntity")
@Table(name = "name_lock")
class NameLockEntity {

    @Id
    @Column(name = "stripe", nullable = false, updatable = false)
    Integer stripe;

    protected NameLockEntity() {
    }
}
