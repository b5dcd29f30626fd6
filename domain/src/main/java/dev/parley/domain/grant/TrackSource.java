package dev.parley.domain.grant;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a published track comes from. Claim names ({@code camera}, {@code microphone},
 * {@code screen_share}, {@code screen_share_audio}) and protobuf numbers (1..4) are LiveKit's.
 */
public enum TrackSource {
    CAMERA(1),
    MICROPHONE(2),
    SCREEN_SHARE(3),
    SCREEN_SHARE_AUDIO(4);

    private final int protoNumber;

    TrackSource(int protoNumber) {
        this.protoNumber = protoNumber;
    }

    /** LiveKit's {@code TrackSource} enum number. */
    public int protoNumber() {
        return protoNumber;
    }

    /** The claim value, e.g. {@code screen_share}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a claim value or protobuf enum name (case-insensitive); empty when unknown. */
    public static Optional<TrackSource> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (TrackSource s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
