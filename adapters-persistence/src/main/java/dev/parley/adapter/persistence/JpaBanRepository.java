package dev.parley.adapter.persistence;

import dev.parley.application.port.out.BanRepository;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link BanRepository} over JPA. Runs inside the caller's transaction and never ends it. The room
 * must exist (foreign key). {@link #ban} is idempotent even under concurrency (room name row lock);
 * banning again keeps the time of the first ban.
 */
public final class JpaBanRepository implements BanRepository {

    private final EntityManager em;

    /** A repository working in {@code em}'s current transaction. */
    public JpaBanRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void ban(RoomName room, Identity identity, Instant at) {
        String who = Columns.text(identity.value(), 1024, "banned identity");
        Objects.requireNonNull(at, "at");
        NameLocks.lock(em, room.value());
        if (em.find(BanEntity.class, new BanEntity.Key(room.value(), who)) == null) {
            em.persist(new BanEntity(room.value(), who, Columns.instant(at)));
            em.flush();
        }
    }

    @Override
    public boolean unban(RoomName room, Identity identity) {
        BanEntity row = em.find(BanEntity.class, new BanEntity.Key(room.value(), identity.value()));
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    @Override
    public Set<Identity> bannedFrom(RoomName room) {
        return em.createQuery("select b.identity from BanEntity b where b.roomName = :room", String.class)
                .setParameter("room", room.value())
                .getResultStream()
                .map(Identity::of)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void removeAll(RoomName room) {
        for (BanEntity row : em.createQuery("select b from BanEntity b where b.roomName = :room", BanEntity.class)
                .setParameter("room", room.value())
                .getResultList()) {
            em.remove(row);
        }
        em.flush();
    }
}
