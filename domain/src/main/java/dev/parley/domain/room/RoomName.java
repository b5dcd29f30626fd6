package dev.parley.domain.room;

import dev.parley.domain.DomainViolation;

/**
 * A room's name, unique per deployment. One to 128 characters of {@code [A-Za-z0-9_-]}: the
 * same alphabet as Plug-N-Meet's room ids, and safe as a NATS subject token, a file name and a
 * URL path segment without escaping.
 */
public record RoomName(String value) implements Comparable<RoomName> {

    /** Longest room name, in characters. */
    public static final int MAX_LENGTH = 128;

    public RoomName {
        if (value == null || value.isEmpty()) {
            throw new DomainViolation("room_name_invalid", "room name must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new DomainViolation("room_name_invalid", "room name is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                throw new DomainViolation("room_name_invalid", "room name may contain only letters, digits, '_' and '-'");
            }
        }
    }

    /** Parses a name, failing with {@code room_name_invalid}. */
    public static RoomName of(String value) {
        return new RoomName(value);
    }

    @Override
    public int compareTo(RoomName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
