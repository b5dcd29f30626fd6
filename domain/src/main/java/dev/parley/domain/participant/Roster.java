package dev.parley.domain.participant;

import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.room.DuplicateIdentityPolicy;
import dev.parley.domain.room.Room;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is in a room right now. Enforces that an identity is present at most once and that the
 * participant limit counts only visible participants (hidden ones, such as recorders, never
 * count and are never shown to others).
 */
public final class Roster {

    private final Map<Identity, Participant> byIdentity;

    private Roster(Map<Identity, Participant> byIdentity) {
        this.byIdentity = byIdentity;
    }

    /** An empty roster. */
    public static Roster empty() {
        return new Roster(Map.of());
    }

    /** A roster of {@code participants}; fails when an identity appears twice. */
    public static Roster of(List<Participant> participants) {
        Map<Identity, Participant> map = new LinkedHashMap<>();
        for (Participant p : participants) {
            if (map.put(p.identity(), p) != null) {
                throw new IllegalArgumentException("identity " + p.identity() + " appears twice");
            }
        }
        return new Roster(Collections.unmodifiableMap(map));
    }

    /**
     * Admits {@code newcomer} to {@code room}, or refuses: the room has ended, the identity is
     * banned, the identity is present and the room refuses duplicates, or the room is full
     * (hidden newcomers are never refused for the limit).
     */
    public Admission admit(Room room, Participant newcomer, Set<Identity> banned) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(newcomer, "newcomer");
        if (room.isEnded()) {
            return new Admission.Refused(DenyReason.ROOM_ENDED);
        }
        if (banned.contains(newcomer.identity())) {
            return new Admission.Refused(DenyReason.PARTICIPANT_BANNED);
        }
        Optional<Participant> existing = find(newcomer.identity());
        if (existing.isPresent() && room.policy().duplicateIdentity() == DuplicateIdentityPolicy.REFUSE_NEWCOMER) {
            return new Admission.Refused(DenyReason.IDENTITY_ALREADY_PRESENT);
        }
        int max = room.policy().maxParticipants();
        if (max > 0 && !newcomer.isHidden()) {
            int visibleAfter = visibleCount() + 1 - (existing.filter(p -> !p.isHidden()).isPresent() ? 1 : 0);
            if (visibleAfter > max) {
                return new Admission.Refused(DenyReason.ROOM_FULL);
            }
        }
        Map<Identity, Participant> next = new LinkedHashMap<>(byIdentity);
        next.remove(newcomer.identity());
        next.put(newcomer.identity(), newcomer);
        return new Admission.Admitted(new Roster(Collections.unmodifiableMap(next)), existing);
    }

    /** The roster without {@code identity} (unchanged when absent). */
    public Roster without(Identity identity) {
        if (!byIdentity.containsKey(identity)) {
            return this;
        }
        Map<Identity, Participant> next = new LinkedHashMap<>(byIdentity);
        next.remove(identity);
        return new Roster(Collections.unmodifiableMap(next));
    }

    /** The roster with {@code updated} replacing the participant of the same identity. */
    public Roster replace(Participant updated) {
        if (!byIdentity.containsKey(updated.identity())) {
            throw new IllegalArgumentException("identity " + updated.identity() + " is not in the roster");
        }
        Map<Identity, Participant> next = new LinkedHashMap<>(byIdentity);
        next.put(updated.identity(), updated);
        return new Roster(Collections.unmodifiableMap(next));
    }

    /** The participant with {@code identity}, if present. */
    public Optional<Participant> find(Identity identity) {
        return Optional.ofNullable(byIdentity.get(identity));
    }

    /** Everybody, hidden participants included (for administrators and the server). */
    public List<Participant> all() {
        return List.copyOf(byIdentity.values());
    }

    /** What {@code viewer} may see: everybody but hidden participants (a hidden viewer still sees itself). */
    public List<Participant> visibleTo(Identity viewer) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : byIdentity.values()) {
            if (!p.isHidden() || p.identity().equals(viewer)) {
                out.add(p);
            }
        }
        return out;
    }

    /** How many participants count towards the limit (the visible ones). */
    public int visibleCount() {
        int n = 0;
        for (Participant p : byIdentity.values()) {
            if (!p.isHidden()) {
                n++;
            }
        }
        return n;
    }

    /** Everybody, hidden or not. */
    public int size() {
        return byIdentity.size();
    }
}
