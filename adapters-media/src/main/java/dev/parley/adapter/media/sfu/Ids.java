package dev.parley.adapter.media.sfu;

import java.security.SecureRandom;

/** Random identifiers: LiveKit-style prefixed sids and SSRCs. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private Ids() {
    }

    /** {@code prefix} and 12 base-62 characters (71 bits). */
    static String sid(String prefix) {
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + new String(c);
    }

    /** A non-zero random 32-bit SSRC. */
    static int ssrc() {
        int s;
        do {
            s = RANDOM.nextInt();
        } while (s == 0);
        return s;
    }

    /** A positive decimal session id for {@code o=}. */
    static String sessionId() {
        return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
    }
}
