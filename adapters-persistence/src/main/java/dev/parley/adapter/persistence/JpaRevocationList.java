package dev.parley.adapter.persistence;

import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.participant.Identity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link RevocationList} over JPA (tables {@code revoked_token} and {@code revoked_subject}). Runs
 * inside the caller's transaction and never ends it.
 *
 * <p>The checks run on every token verification: each is one primary-key lookup, on the
 * SHA-256 of the token id or of the identity + room pair ({@link RevocationKeys}), so values of
 * any length or content are accepted and the key stays short. Expired entries are ignored by the
 * checks and removed by {@link #purgeExpired} (indexed by end time).
 *
 * <p>Revoking is atomic across transactions and nodes (the entry key's {@link NameLocks} row
 * lock, then insert or extend): concurrent revocations of one token id or pair leave one entry
 * holding the latest bounds. The bounds are stored rounded up to the microsecond
 * ({@link Columns#instantCeiling}), so a stored entry covers at least what was asked; checks
 * compare with the given instants at full precision.
 */
public final class JpaRevocationList implements RevocationList {

    private final EntityManager em;

    /** A revocation list working in {@code em}'s current transaction. */
    public JpaRevocationList(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void revokeTokenId(String tokenId, Instant until) {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(until, "until");
        String key = RevocationKeys.tokenId(tokenId);
        Instant end = Columns.instantCeiling(until);
        NameLocks.lock(em, key);
        RevokedTokenEntity row = em.find(RevokedTokenEntity.class, key);
        if (row == null) {
            em.persist(new RevokedTokenEntity(key, end));
        } else if (end.isAfter(row.until)) {
            row.until = end;
        }
        em.flush();
    }

    @Override
    public void revokeSubject(Identity identity, String room, Instant issuedBefore, Instant until) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(issuedBefore, "issuedBefore");
        Objects.requireNonNull(until, "until");
        String key = RevocationKeys.subject(identity.value(), room == null ? "" : room);
        Instant cutOff = Columns.instantCeiling(issuedBefore);
        Instant end = Columns.instantCeiling(until);
        NameLocks.lock(em, key);
        RevokedSubjectEntity row = em.find(RevokedSubjectEntity.class, key);
        if (row == null) {
            em.persist(new RevokedSubjectEntity(key, cutOff, end));
        } else {
            if (cutOff.isAfter(row.issuedBefore)) {
                row.issuedBefore = cutOff;
            }
            if (end.isAfter(row.until)) {
                row.until = end;
            }
        }
        em.flush();
    }

    @Override
    public boolean isTokenIdRevoked(String tokenId, Instant now) {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(now, "now");
        RevokedTokenEntity row = em.find(RevokedTokenEntity.class, RevocationKeys.tokenId(tokenId));
        return row != null && row.until.isAfter(now);
    }

    @Override
    public boolean isSubjectRevoked(Identity identity, String room, Instant issuedAt, Instant now) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(now, "now");
        RevokedSubjectEntity row = em.find(RevokedSubjectEntity.class,
                RevocationKeys.subject(identity.value(), room == null ? "" : room));
        return row != null && row.until.isAfter(now) && (issuedAt == null || issuedAt.isBefore(row.issuedBefore));
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        // Stored ends are whole microseconds, so "end <= now" is "end <= now truncated to microseconds":
        // the database never compares with a finer instant than it stores.
        Instant cutOff = Columns.instant(now);
        int tokens = em.createQuery("delete from RevokedTokenEntity r where r.until <= :now")
                .setParameter("now", cutOff)
                .executeUpdate();
        int subjects = em.createQuery("delete from RevokedSubjectEntity r where r.until <= :now")
                .setParameter("now", cutOff)
                .executeUpdate();
        return tokens + subjects;
    }
}
