package dev.parley.domain.room;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.key.KeyPolicy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a room lives by.
 *
 * @param maxParticipants  most visible participants at once; 0 means no limit (hidden ones do not count)
 * @param emptyTimeout     how long a room with nobody in it stays open (LiveKit default 5 min)
 * @param departureTimeout how long a room stays open after the last participant left (LiveKit default 20 s)
 * @param keyPolicy        the end-to-end encryption key policy
 * @param allowedFeatures  server-side features the room may use
 * @param duplicateIdentity what happens when an identity joins twice
 */
public record RoomPolicy(
        int maxParticipants,
        Duration emptyTimeout,
        Duration departureTimeout,
        KeyPolicy keyPolicy,
        Set<Feature> allowedFeatures,
        DuplicateIdentityPolicy duplicateIdentity) {

    /** Most participants a single room may be configured for. */
    public static final int MAX_PARTICIPANTS_LIMIT = 100_000;
    /** Longest timeout a room may be configured with. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(7);

    public RoomPolicy {
        if (maxParticipants < 0 || maxParticipants > MAX_PARTICIPANTS_LIMIT) {
            throw new DomainViolation("room_policy_invalid", "maxParticipants must be between 0 and " + MAX_PARTICIPANTS_LIMIT);
        }
        requireTimeout(emptyTimeout, "emptyTimeout");
        requireTimeout(departureTimeout, "departureTimeout");
        Objects.requireNonNull(keyPolicy, "keyPolicy");
        Objects.requireNonNull(duplicateIdentity, "duplicateIdentity");
        allowedFeatures = allowedFeatures == null || allowedFeatures.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedFeatures));
    }

    private static void requireTimeout(Duration d, String name) {
        if (d == null || d.isNegative() || d.compareTo(MAX_TIMEOUT) > 0) {
            throw new DomainViolation("room_policy_invalid", name + " must be between 0 and " + MAX_TIMEOUT.toDays() + " days");
        }
    }

    /** LiveKit's defaults: no limit, 5 min empty timeout, 20 s departure timeout, no E2EE, chat and data allowed. */
    public static RoomPolicy defaults() {
        return new RoomPolicy(0, Duration.ofMinutes(5), Duration.ofSeconds(20), KeyPolicy.NONE,
                EnumSet.of(Feature.CHAT, Feature.DATA_CHANNEL), DuplicateIdentityPolicy.REPLACE_EXISTING);
    }

    /** A copy with another key policy. */
    public RoomPolicy withKeyPolicy(KeyPolicy policy) {
        return new RoomPolicy(maxParticipants, emptyTimeout, departureTimeout, policy, allowedFeatures, duplicateIdentity);
    }

    /** A copy with another participant limit. */
    public RoomPolicy withMaxParticipants(int max) {
        return new RoomPolicy(max, emptyTimeout, departureTimeout, keyPolicy, allowedFeatures, duplicateIdentity);
    }

    /** A copy with other allowed features. */
    public RoomPolicy withAllowedFeatures(Set<Feature> features) {
        return new RoomPolicy(maxParticipants, emptyTimeout, departureTimeout, keyPolicy, features, duplicateIdentity);
    }

    /** A copy with another duplicate-identity rule. */
    public RoomPolicy withDuplicateIdentity(DuplicateIdentityPolicy policy) {
        return new RoomPolicy(maxParticipants, emptyTimeout, departureTimeout, keyPolicy, allowedFeatures, policy);
    }

    /** A copy with other timeouts. */
    public RoomPolicy withTimeouts(Duration empty, Duration departure) {
        return new RoomPolicy(maxParticipants, empty, departure, keyPolicy, allowedFeatures, duplicateIdentity);
    }
}
