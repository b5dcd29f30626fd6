package dev.parley.domain;

/**
 * Size limits that keep every stored or forwarded value bounded. The numbers follow LiveKit
 * where it has one (name 256, metadata 512 KiB, attributes 64 KiB) and are tighter where
 * Parley stores the value in every row (room metadata 64 KiB).
 */
public final class Limits {

    /** Longest participant identity or display name, in characters. */
    public static final int MAX_IDENTITY_LENGTH = 256;
    /** Longest participant display name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Largest participant metadata, in UTF-8 bytes. */
    public static final int MAX_PARTICIPANT_METADATA_BYTES = 512 * 1024;
    /** Largest sum of attribute keys and values, in UTF-8 bytes. */
    public static final int MAX_ATTRIBUTES_BYTES = 64 * 1024;
    /** Largest room metadata, in UTF-8 bytes. */
    public static final int MAX_ROOM_METADATA_BYTES = 64 * 1024;

    private Limits() {
    }
}
