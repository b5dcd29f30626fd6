package dev.parley.adapter.persistence;

import dev.parley.application.roomkey.port.RoomKeyRepository;
import dev.parley.application.roomkey.port.StoredRoomKey;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RoomKeyRepository} over JPA (table {@code room_key}, primary key room sid + epoch). Runs
 * inside the caller's transaction and never ends it. Keys are stored exactly as sealed (base64 of
 * the sealer's blob) and never unsealed here; instants at microsecond precision (see
 * {@link Columns#instant}); a row is never updated.
 *
 * <p>{@link #add} is decided by the primary key and is atomic across transactions and nodes: it
 * takes the (room, epoch) pair's {@link NameLocks} row lock, then looks the pair up and inserts,
 * so of several concurrent adds of one epoch exactly one wins and the others return
 * {@code false} with their transaction intact. {@link #current} and {@link #history} read the
 * primary-key index in epoch order (numeric, so no collation is involved); a sid no row could have
 * is not looked up at all. {@link #deleteRoom} is one bulk delete, so concurrent deletions of a
 * room count each row once; it first detaches the room's rows from the persistence context, so a
 * later {@link #add} in the same transaction sees them gone.
 */
public final class JpaRoomKeyRepository implements RoomKeyRepository {

    private static final String LOCK_PREFIX = "room-key/";

    private final EntityManager em;

    /** A repository working in {@code em}'s current transaction (a container-managed, transaction-scoped EntityManager is fine). */
    public JpaRoomKeyRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public boolean add(StoredRoomKey key) {
        Objects.requireNonNull(key, "key");
        RoomKeyEntity row = RoomKeyMapper.toNewEntity(key); // validate before locking
        NameLocks.lock(em, LOCK_PREFIX + row.roomSid + "/" + row.epoch);
        if (em.find(RoomKeyEntity.class, new RoomKeyEntity.Key(row.roomSid, row.epoch)) != null) {
            return false;
        }
        em.persist(row);
        em.flush();
        return true;
    }

    @Override
    public Optional<StoredRoomKey> current(String roomSid) {
        Objects.requireNonNull(roomSid, "roomSid");
        if (!RoomKeyMapper.isStorableSid(roomSid)) {
            return Optional.empty();
        }
        return em.createQuery("select k from RoomKeyEntity k where k.roomSid = :sid order by k.epoch desc", RoomKeyEntity.class)
                .setParameter("sid", roomSid)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(RoomKeyMapper::toDomain);
    }

    @Override
    public List<StoredRoomKey> history(String roomSid) {
        Objects.requireNonNull(roomSid, "roomSid");
        if (!RoomKeyMapper.isStorableSid(roomSid)) {
            return List.of();
        }
        return rowsOf(roomSid).stream().map(RoomKeyMapper::toDomain).toList();
    }

    @Override
    public int deleteRoom(String roomSid) {
        Objects.requireNonNull(roomSid, "roomSid");
        if (!RoomKeyMapper.isStorableSid(roomSid)) {
            return 0;
        }
        // Rows of the room already in the persistence context leave it first: a bulk delete
        // bypasses it, and a stale instance would make a later add of that epoch report "taken".
        rowsOf(roomSid).forEach(em::detach);
        return em.createQuery("delete from RoomKeyEntity k where k.roomSid = :sid")
                .setParameter("sid", roomSid)
                .executeUpdate();
    }

    private List<RoomKeyEntity> rowsOf(String roomSid) {
        return em.createQuery("select k from RoomKeyEntity k where k.roomSid = :sid order by k.epoch asc", RoomKeyEntity.class)
                .setParameter("sid", roomSid)
                .getResultList();
    }
}
