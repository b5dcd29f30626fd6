package dev.parley.application.token.fake;

import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.participant.Identity;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RevocationList} in two concurrent maps. */
public final class InMemoryRevocationList implements RevocationList {

    private record Subject(String identity, String room) {
    }

    private record SubjectEntry(Instant issuedBefore, Instant until) {
    }

    private final ConcurrentHashMap<String, Instant> tokenIds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Subject, SubjectEntry> subjects = new ConcurrentHashMap<>();

    @Override
    public void revokeTokenId(String tokenId, Instant until) {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(until, "until");
        tokenIds.merge(tokenId, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public void revokeSubject(Identity identity, String room, Instant issuedBefore, Instant until) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(issuedBefore, "issuedBefore");
        Objects.requireNonNull(until, "until");
        subjects.merge(new Subject(identity.value(), room == null ? "" : room), new SubjectEntry(issuedBefore, until),
                (a, b) -> new SubjectEntry(max(a.issuedBefore, b.issuedBefore), max(a.until, b.until)));
    }

    @Override
    public boolean isTokenIdRevoked(String tokenId, Instant now) {
        if (tokenIds.isEmpty()) {
            return false;
        }
        Instant until = tokenIds.get(tokenId);
        return until != null && until.isAfter(now);
    }

    @Override
    public boolean isSubjectRevoked(Identity identity, String room, Instant issuedAt, Instant now) {
        if (subjects.isEmpty()) {
            return false;
        }
        SubjectEntry e = subjects.get(new Subject(identity.value(), room == null ? "" : room));
        return e != null && e.until.isAfter(now) && (issuedAt == null || issuedAt.isBefore(e.issuedBefore));
    }

    @Override
    public int purgeExpired(Instant now) {
        int before = tokenIds.size() + subjects.size();
        tokenIds.values().removeIf(until -> !until.isAfter(now));
        subjects.values().removeIf(e -> !e.until.isAfter(now));
        return before - tokenIds.size() - subjects.size();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
