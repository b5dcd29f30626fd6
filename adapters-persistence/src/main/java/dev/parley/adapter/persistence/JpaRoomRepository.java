package dev.parley.adapter.persistence;

import dev.parley.application.port.out.RoomRepository;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomState;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RoomRepository} over JPA. Runs inside the caller's transaction and never ends it.
 *
 * <p>{@link #add} is atomic across transactions and nodes: it takes the room name's row lock
 * ({@link NameLocks}), then checks and inserts, so exactly one of several concurrent adds of a name
 * wins and the others return {@code false} with their transaction intact. Rows carry a version:
 * when two transactions read the same room and both {@link #update} it, the second fails with an
 * {@link jakarta.persistence.OptimisticLockException} instead of silently overwriting the first
 * (for joins, that is what keeps two concurrent admissions from both taking the last place).
 * {@link #delete} fails while participants or bans still refer to the room (foreign keys): as
 * the port says, their own ports remove them first.
 */
public final class JpaRoomRepository implements RoomRepository {

    private final EntityManager em;

    /** A repository working in {@code em}'s current transaction (a container-managed, transaction-scoped EntityManager is fine). */
    public JpaRoomRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public boolean add(Room room) {
        String name = room.name().value();
        RoomEntity row = RoomMapper.toNewEntity(room); // validate before taking the lock
        NameLocks.lock(em, name);
        long existing = em.createQuery("select count(r) from RoomEntity r where r.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(row);
        em.flush();
        return true;
    }

    @Override
    public void update(Room room) {
        RoomEntity row = em.find(RoomEntity.class, room.name().value());
        if (row == null) {
            throw new IllegalStateException("no room named " + room.name() + " to update");
        }
        RoomMapper.copy(room, row);
        em.flush();
    }

    @Override
    public Optional<Room> find(RoomName name) {
        return Optional.ofNullable(em.find(RoomEntity.class, name.value())).map(RoomMapper::toDomain);
    }

    @Override
    public List<Room> findOpen() {
        // Sorted here, not by the database: a PostgreSQL collation such as en_US would order
        // "B" before "a" and ignore '-' and '_', unlike RoomName's (and H2's) code-unit order.
        return em.createQuery("select r from RoomEntity r where r.state <> :ended", RoomEntity.class)
                .setParameter("ended", RoomState.ENDED.name())
                .getResultList().stream()
                .map(RoomMapper::toDomain)
                .sorted(Comparator.comparing(Room::name))
                .toList();
    }

    @Override
    public void delete(RoomName name) {
        RoomEntity row = em.find(RoomEntity.class, name.value());
        if (row != null) {
            em.remove(row);
            em.flush(); // the name is free for an add() later in the same transaction
        }
    }
}
