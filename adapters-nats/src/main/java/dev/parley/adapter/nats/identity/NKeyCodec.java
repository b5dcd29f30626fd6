package dev.parley.adapter.nats.identity;

/**
 * The NATS nkey text encoding (github.com/nats-io/nkeys): RFC 4648 base32 without padding of
 * {@code prefix || key || crc16}, CRC-16/XMODEM (polynomial 0x1021, initial 0) over the bytes before
 * it, little-endian. A public key has one prefix byte (user: {@code 20 << 3}, 'U'); a seed has two,
 * {@code 18 << 3 | type >> 5} and {@code (type & 31) << 3} ('S' then the type letter).
 */
final class NKeyCodec {

    /** Prefix byte of a user public key ('U'). */
    static final int USER = 20 << 3;
    private static final int SEED = 18 << 3;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private NKeyCodec() {
    }

    /** The text form of a public key of type {@code prefix}. */
    static String encodePublic(int prefix, byte[] key) {
        byte[] raw = new byte[1 + key.length + 2];
        raw[0] = (byte) prefix;
        System.arraycopy(key, 0, raw, 1, key.length);
        appendCrc(raw, raw.length - 2);
        return new String(base32(raw));
    }

    /** The text form of a 32-byte Ed25519 seed for a key of type {@code prefix}; the caller clears it. */
    static char[] encodeSeed(int prefix, byte[] seed) {
        byte[] raw = new byte[2 + seed.length + 2];
        raw[0] = (byte) (SEED | (prefix >> 5));
        raw[1] = (byte) ((prefix & 31) << 3);
        System.arraycopy(seed, 0, raw, 2, seed.length);
        appendCrc(raw, raw.length - 2);
        char[] out = base32(raw);
        java.util.Arrays.fill(raw, (byte) 0);
        return out;
    }

    private static void appendCrc(byte[] raw, int len) {
        int crc = crc16(raw, len);
        raw[len] = (byte) crc;
        raw[len + 1] = (byte) (crc >>> 8);
    }

    /** CRC-16/XMODEM. */
    static int crc16(byte[] data, int len) {
        int crc = 0;
        for (int i = 0; i < len; i++) {
            crc ^= (data[i] & 0xff) << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xffff;
    }

    /** RFC 4648 §6 base32, no padding. */
    static char[] base32(byte[] data) {
        char[] out = new char[(data.length * 8 + 4) / 5];
        int buffer = 0;
        int bits = 0;
        int o = 0;
        for (byte d : data) {
            buffer = (buffer << 8) | (d & 0xff);
            bits += 8;
            while (bits >= 5) {
                out[o++] = ALPHABET[(buffer >>> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0) {
            out[o++] = ALPHABET[(buffer << (5 - bits)) & 31];
        }
        return out;
    }
}
