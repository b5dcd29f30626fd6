package dev.parley.adapter.persistence;

import dev.parley.application.port.out.AuditLog;
import dev.parley.domain.audit.AuditEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AuditLog} over JPA: an append-only, hash-chained table (see {@link AuditChain} for the
 * exact bytes hashed). Runs inside the caller's transaction and never ends it, so an entry is
 * durable exactly when the use case that recorded it commits.
 *
 * <p>Appending locks the single {@code audit_head} row until the transaction ends: entries get
 * gap-free sequence numbers and each links to the one committed before it, across nodes. The
 * price is that audited transactions serialise from their first {@link #record} to their commit.
 * Instants are stored, and hashed, at microsecond precision.
 *
 * <p>{@link #verify()} re-reads the whole chain and names the first entry that does not hold.
 */
public final class JpaAuditLog implements AuditLog {

    /** Entries read per query by {@link #verify()}. */
    private static final int PAGE = 500;

    private final EntityManager em;

    /** An audit log working in {@code em}'s current transaction. */
    public JpaAuditLog(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void record(AuditEvent event) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.occurredAt = Columns.instant(event.at());
        e.action = Columns.text(event.action(), 256, "audit action");
        e.outcome = event.outcome().name();
        e.reasonCode = Columns.text(event.reasonCode(), 256, "audit reason code");
        e.actorTrust = event.actorTrust().name();
        e.actor = Columns.text(event.actor(), 1024, "audit actor");
        e.room = Columns.text(event.room(), 1024, "audit room");
        e.details = Columns.text(FlatJson.encode(event.details()), 1048576, "audit details");

        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_head row is missing: was SchemaMigrator.migrate run?");
        }
        e.seq = head.lastSeq + 1;
        e.prevHash = head.lastHash;
        e.entryHash = AuditChain.hashOf(e);
        em.persist(e);
        head.lastSeq = e.seq;
        head.lastHash = e.entryHash;
        em.flush();
    }

    /**
     * Checks the whole chain, oldest entry first, and returns the first link that does not hold:
     * a missing sequence number, an entry whose content no longer matches its hash, an entry that
     * does not point at its predecessor's hash, or a head that does not point at the last entry
     * (entries cut off the end). Empty when the chain is intact. Reads only (a read-only
     * transaction is enough); memory use does not grow with the length of the log.
     *
     * <p>The chain proves the order and content of what it holds against anyone who cannot also
     * rewrite every later hash and the head; anchor the head elsewhere (print it, sign it) to
     * prove it against the database's owner too.
     */
    public Optional<BrokenLink> verify() {
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        while (true) {
            List<AuditEntryEntity> page = em.createQuery(
                            "select e from AuditEntryEntity e where e.seq >= :from order by e.seq", AuditEntryEntity.class)
                    .setParameter("from", expectedSeq)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditEntryEntity e : page) {
                if (em.contains(e)) {
                    em.detach(e); // keep the persistence context small over a long log
                }
                if (e.seq != expectedSeq) {
                    return Optional.of(new BrokenLink(expectedSeq, BrokenLink.Kind.MISSING));
                }
                if (!previousHash.equals(e.prevHash)) {
                    return Optional.of(new BrokenLink(e.seq, BrokenLink.Kind.NOT_LINKED_TO_PREVIOUS));
                }
                String hash;
                try {
                    hash = AuditChain.hashOf(e);
                } catch (RuntimeException unreadable) {
                    return Optional.of(new BrokenLink(e.seq, BrokenLink.Kind.CONTENT_CHANGED));
                }
                if (!hash.equals(e.entryHash)) {
                    return Optional.of(new BrokenLink(e.seq, BrokenLink.Kind.CONTENT_CHANGED));
                }
                previousHash = e.entryHash;
                expectedSeq++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Object[] head = em.createQuery("select h.lastSeq, h.lastHash from AuditHeadEntity h where h.id = :id", Object[].class)
                .setParameter("id", AuditHeadEntity.ID)
                .getResultStream().findFirst().orElse(null);
        long entries = expectedSeq - 1;
        if (head == null) {
            return Optional.of(new BrokenLink(0, BrokenLink.Kind.HEAD_MISMATCH));
        }
        if ((Long) head[0] != entries || !previousHash.equals(head[1])) {
            return Optional.of(new BrokenLink((Long) head[0], BrokenLink.Kind.HEAD_MISMATCH));
        }
        return Optional.empty();
    }

    /**
     * The first place where the audit chain does not hold.
     *
     * @param sequence the sequence number of the entry concerned (for {@link Kind#HEAD_MISMATCH}:
     *                 the sequence number the head claims as the last one)
     * @param kind     what is wrong there
     */
    public record BrokenLink(long sequence, Kind kind) {

        /** What is wrong at a broken link. */
        public enum Kind {
            /** No entry with this sequence number, though later ones exist: it was deleted. */
            MISSING,
            /** The entry's content (or its stored hash) was changed after it was written. */
            CONTENT_CHANGED,
            /** The entry does not carry its predecessor's hash: the predecessor was rewritten with a fresh hash, or entries were reordered. */
            NOT_LINKED_TO_PREVIOUS,
            /** The head does not name the last entry: entries were cut off the end, or the head was changed. */
            HEAD_MISMATCH
        }

        /** One line for an operator, e.g. {@code audit entry 42: CONTENT_CHANGED}. */
        public String describe() {
            return "audit entry " + sequence + ": " + kind;
        }
    }
}
