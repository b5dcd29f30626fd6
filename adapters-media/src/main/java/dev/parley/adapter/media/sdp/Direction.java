package dev.parley.adapter.media.sdp;

import java.util.Optional;

/** A media section's direction attribute (RFC 8866 §6.7); {@link #SENDRECV} when absent. */
public enum Direction {
    SENDRECV("sendrecv", true, true),
    SENDONLY("sendonly", true, false),
    RECVONLY("recvonly", false, true),
    INACTIVE("inactive", false, false);

    private final String attribute;
    private final boolean sends;
    private final boolean receives;

    Direction(String attribute, boolean sends, boolean receives) {
        this.attribute = attribute;
        this.sends = sends;
        this.receives = receives;
    }

    /** The attribute name, e.g. {@code recvonly}. */
    public String attribute() {
        return attribute;
    }

    /** True when the side that wrote it sends media. */
    public boolean sends() {
        return sends;
    }

    /** True when the side that wrote it receives media. */
    public boolean receives() {
        return receives;
    }

    /** The direction with sending and receiving swapped: what the other side's view is. */
    public Direction reverse() {
        return of(receives, sends);
    }

    /** The direction from its two halves. */
    public static Direction of(boolean sends, boolean receives) {
        if (sends) {
            return receives ? SENDRECV : SENDONLY;
        }
        return receives ? RECVONLY : INACTIVE;
    }

    /** Parses an attribute name; empty when it is not a direction. */
    public static Optional<Direction> fromAttribute(String name) {
        for (Direction d : values()) {
            if (d.attribute.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
