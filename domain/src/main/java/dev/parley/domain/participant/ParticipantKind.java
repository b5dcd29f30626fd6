package dev.parley.domain.participant;

import java.util.Locale;
import java.util.Optional;

/** What kind of client a participant is; names match LiveKit's {@code kind} claim. */
public enum ParticipantKind {
    STANDARD,
    INGRESS,
    EGRESS,
    SIP,
    AGENT,
    CONNECTOR,
    BRIDGE;

    /** The claim value, e.g. {@code standard}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a claim value (case-insensitive); empty when unknown. */
    public static Optional<ParticipantKind> fromClaim(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(STANDARD);
        }
        for (ParticipantKind k : values()) {
            if (k.claimValue().equalsIgnoreCase(value)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
