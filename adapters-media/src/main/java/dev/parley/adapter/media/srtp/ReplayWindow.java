package dev.parley.adapter.media.srtp;

/**
 * The replay list of one SSRC for SRTP or SRTCP (RFC 3711 §3.3.2): the highest index accepted so
 * far and a sliding bitmap of the {@code size} indices below it. Also estimates the SRTP packet
 * index from a sequence number (RFC 3711 §3.3.1 and Appendix A).
 *
 * <p>The bitmap is a ring: index i lives at bit {@code i mod size}; when the highest index
 * advances, the bits the window slides over are cleared. Allocation-free after construction.
 */
final class ReplayWindow {

    /** {@link #check} result: never seen and inside (or ahead of) the window. */
    static final int FRESH = 0;

    private final long[] bits;
    private final int size;
    private long highest = -1;

    /** A window of {@code size} indices, a power of two and at least 64. */
    ReplayWindow(int size) {
        if (size < 64 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("replay window must be a power of two >= 64: " + size);
        }
        this.size = size;
        this.bits = new long[size / 64];
    }

    /** Whether no index was accepted yet. */
    boolean isEmpty() {
        return highest < 0;
    }

    /** The highest accepted index, or -1. */
    long highest() {
        return highest;
    }

    /**
     * The 48-bit SRTP index of a packet with sequence number {@code seq} (RFC 3711 Appendix A),
     * or -1 if its rollover counter would pass 2^32 - 1. Before any packet the rollover counter is
     * 0. A guess of ROC - 1 while ROC is 0 cannot be a valid packet; it is read as ROC 0 (as
     * libsrtp does), i.e. a jump forward that authentication then accepts or refuses.
     */
    long estimateIndex(int seq) {
        if (highest < 0) {
            return seq;
        }
        long roc = highest >>> 16;
        int last = (int) (highest & 0xFFFF);
        long v;
        if (last < 32768) {
            v = seq - last > 32768 ? roc - 1 : roc;
        } else {
            v = last - 32768 > seq ? roc + 1 : roc;
        }
        if (v < 0) {
            v = 0;
        } else if (v > 0xFFFF_FFFFL) {
            return -1;
        }
        return (v << 16) | seq;
    }

    /** {@link #FRESH}, {@link SrtpError#REPLAY} or {@link SrtpError#TOO_OLD} for {@code index}. */
    int check(long index) {
        if (index > highest) {
            return FRESH;
        }
        if (highest - index >= size) {
            return SrtpError.TOO_OLD;
        }
        int bit = (int) (index & (size - 1));
        return (bits[bit >>> 6] & (1L << bit)) != 0 ? SrtpError.REPLAY : FRESH;
    }

    /** Records {@code index} as accepted (after authentication); {@link #check} must have passed. */
    void accept(long index) {
        if (index > highest) {
            long advance = highest < 0 ? size : index - highest;
            if (advance >= size) {
                java.util.Arrays.fill(bits, 0L);
            } else {
                for (long i = highest + 1; i < index; i++) {
                    int bit = (int) (i & (size - 1));
                    bits[bit >>> 6] &= ~(1L << bit);
                }
            }
            highest = index;
        }
        int bit = (int) (index & (size - 1));
        bits[bit >>> 6] |= 1L << bit;
    }
}
