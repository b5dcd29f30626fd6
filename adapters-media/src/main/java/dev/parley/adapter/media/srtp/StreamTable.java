package dev.parley.adapter.media.srtp;

/**
 * SSRC to {@link SrtpStream}, open addressing with linear probing over int keys (no boxing), with
 * a one-entry cache for the common case of consecutive packets of one stream. Grows (allocating)
 * only when a stream is added; lookups never allocate. At most {@code limit} streams.
 */
final class StreamTable {

    private final int limit;
    private int[] keys = new int[16];
    private SrtpStream[] values = new SrtpStream[16];
    private int size;
    private SrtpStream last;

    StreamTable(int limit) {
        this.limit = limit;
    }

    int size() {
        return size;
    }

    SrtpStream get(int ssrc) {
        SrtpStream cached = last;
        if (cached != null && cached.ssrc == ssrc) {
            return cached;
        }
        int mask = keys.length - 1;
        for (int i = slot(ssrc, mask); ; i = (i + 1) & mask) {
            SrtpStream s = values[i];
            if (s == null) {
                return null;
            }
            if (keys[i] == ssrc) {
                last = s;
                return s;
            }
        }
    }

    /** The stream for {@code ssrc}, created if absent; null if the limit is reached. */
    SrtpStream getOrCreate(int ssrc) {
        SrtpStream s = get(ssrc);
        if (s != null) {
            return s;
        }
        if (size >= limit) {
            return null;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        s = new SrtpStream(ssrc);
        insert(keys, values, s);
        size++;
        last = s;
        return s;
    }

    private void grow() {
        int[] newKeys = new int[keys.length * 2];
        SrtpStream[] newValues = new SrtpStream[keys.length * 2];
        for (SrtpStream s : values) {
            if (s != null) {
                insert(newKeys, newValues, s);
            }
        }
        keys = newKeys;
        values = newValues;
    }

    private static void insert(int[] keys, SrtpStream[] values, SrtpStream s) {
        int mask = keys.length - 1;
        int i = slot(s.ssrc, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = s.ssrc;
        values[i] = s;
    }

    private static int slot(int ssrc, int mask) {
        int h = ssrc * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
