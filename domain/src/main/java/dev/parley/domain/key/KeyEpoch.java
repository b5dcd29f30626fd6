package dev.parley.domain.key;

/**
 * One generation of a room's end-to-end key. Epochs count up from 0 for the room's lifetime; the
 * key index is the epoch modulo 256, the slot of LiveKit's client key ring (indices 0..255) the
 * key is installed in, so a client keeps decrypting frames of the previous epoch while the new
 * key spreads.
 *
 * @param number the epoch, 0 for the room's first key
 */
public record KeyEpoch(long number) {

    /** Slots in LiveKit's client key ring. */
    public static final int KEY_RING_SIZE = 256;

    public KeyEpoch {
        if (number < 0) {
            throw new IllegalArgumentException("a key epoch is never negative");
        }
    }

    /** The first epoch of a room. */
    public static KeyEpoch first() {
        return new KeyEpoch(0);
    }

    /** The epoch after this one. */
    public KeyEpoch next() {
        return new KeyEpoch(Math.addExact(number, 1));
    }

    /** The key-ring slot (0..255) this epoch's key occupies on clients. */
    public int keyIndex() {
        return (int) (number % KEY_RING_SIZE);
    }
}
