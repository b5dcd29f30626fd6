package dev.parley.adapter.crypto.jwt;

/**
 * Strict base64url (RFC 4648 §5) as JWS uses it (RFC 7515 §2, Appendix C): no padding, no
 * whitespace, no characters of the other alphabet, and no non-zero bits in the last character,
 * so that every byte string has exactly one encoding (no malleable tokens). Works on ASCII bytes
 * in place, without intermediate strings.
 */
final class Base64Url {

    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] DECODE = new int[256];

    static {
        java.util.Arrays.fill(DECODE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            DECODE[ALPHABET[i]] = i;
        }
    }

    private Base64Url() {
    }

    /** Length of the encoding of {@code n} bytes. */
    static int encodedLength(int n) {
        return n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
    }

    /** Encodes {@code src[from, to)} into {@code dst} at {@code at}; returns the index after the last byte written. */
    static int encode(byte[] src, int from, int to, byte[] dst, int at) {
        int i = from;
        int o = at;
        for (; i + 2 < to; i += 3) {
            int v = (src[i] & 0xff) << 16 | (src[i + 1] & 0xff) << 8 | (src[i + 2] & 0xff);
            dst[o++] = ALPHABET[v >>> 18];
            dst[o++] = ALPHABET[(v >>> 12) & 63];
            dst[o++] = ALPHABET[(v >>> 6) & 63];
            dst[o++] = ALPHABET[v & 63];
        }
        int rest = to - i;
        if (rest == 1) {
            int v = (src[i] & 0xff) << 16;
            dst[o++] = ALPHABET[v >>> 18];
            dst[o++] = ALPHABET[(v >>> 12) & 63];
        } else if (rest == 2) {
            int v = (src[i] & 0xff) << 16 | (src[i + 1] & 0xff) << 8;
            dst[o++] = ALPHABET[v >>> 18];
            dst[o++] = ALPHABET[(v >>> 12) & 63];
            dst[o++] = ALPHABET[(v >>> 6) & 63];
        }
        return o;
    }

    private static final java.util.Base64.Decoder URL_DECODER = java.util.Base64.getUrlDecoder();

    /**
     * Decodes {@code src[from, to)}; null when it is not canonical unpadded base64url. The bulk
     * work is the JDK's decoder (intrinsified on current JVMs); what it tolerates and JWS does not
     * is checked here first: a length of 1 mod 4, padding, and non-zero bits in the last character.
     * Characters outside the URL alphabet (including '+', '/', whitespace) make the JDK refuse.
     */
    static byte[] decode(byte[] src, int from, int to) {
        int len = to - from;
        int rest = len & 3;
        if (len < 0 || rest == 1) {
            return null;
        }
        if (len == 0) {
            return new byte[0];
        }
        int last = DECODE[src[to - 1] & 0xff];
        if (last < 0 || (rest == 2 && (last & 15) != 0) || (rest == 3 && (last & 3) != 0)) {
            return null;
        }
        try {
            java.nio.ByteBuffer out = URL_DECODER.decode(java.nio.ByteBuffer.wrap(src, from, len));
            byte[] array = out.array();
            return out.remaining() == array.length ? array : java.util.Arrays.copyOf(array, out.remaining());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
