package dev.parley.adapter.persistence;

import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.Roster;
import dev.parley.domain.room.RoomName;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ParticipantRepository} over JPA. Runs inside the caller's transaction and never ends it.
 * The room must exist (foreign key). Rosters keep insertion order; {@link #put} of a present
 * identity replaces it and moves it to the end, as the in-memory store does. Puts into one room
 * take the room name's row lock, so two concurrent puts of the same identity replace each other
 * rather than collide on the unique constraint.
 */
public final class JpaParticipantRepository implements ParticipantRepository {

    private final EntityManager em;

    /** A repository working in {@code em}'s current transaction. */
    public JpaParticipantRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Roster rosterOf(RoomName room) {
        List<Participant> all = em.createQuery(
                        "select p from ParticipantEntity p where p.roomName = :room order by p.id", ParticipantEntity.class)
                .setParameter("room", room.value())
                // Read-only: the rows are mapped to the domain at once and never changed through
                // these instances, so Hibernate keeps no snapshot and the flush at commit does not
                // dirty-check a whole roster on every join.
                .setHint("org.hibernate.readOnly", true)
                .getResultList().stream()
                .map(ParticipantMapper::toDomain)
                .toList();
        return all.isEmpty() ? Roster.empty() : Roster.of(all);
    }

    @Override
    public void put(RoomName room, Participant participant) {
        ParticipantEntity row = ParticipantMapper.toNewEntity(room, participant); // validate before locking
        NameLocks.lock(em, room.value());
        find(room, participant.identity()).ifPresent(old -> {
            em.remove(old);
            em.flush(); // the delete must reach the database before the insert (unique constraint)
        });
        em.persist(row);
        em.flush();
    }

    @Override
    public boolean remove(RoomName room, Identity identity) {
        Optional<ParticipantEntity> row = find(room, identity);
        row.ifPresent(em::remove);
        em.flush();
        return row.isPresent();
    }

    @Override
    public void removeAll(RoomName room) {
        for (ParticipantEntity row : em.createQuery(
                        "select p from ParticipantEntity p where p.roomName = :room", ParticipantEntity.class)
                .setParameter("room", room.value())
                .getResultList()) {
            em.remove(row);
        }
        em.flush();
    }

    private Optional<ParticipantEntity> find(RoomName room, Identity identity) {
        return em.createQuery("select p from ParticipantEntity p where p.roomName = :room and p.identity = :identity",
                        ParticipantEntity.class)
                .setParameter("room", room.value())
                .setParameter("identity", identity.value())
                .getResultStream()
                .findFirst();
    }
}
