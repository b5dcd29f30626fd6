package dev.parley.adapter.media.srtp;

/**
 * The negative codes {@link SrtpContext}'s methods return instead of a length. Every code means
 * the packet must be dropped (and, after an unprotect failure, that the buffer's content is
 * unspecified).
 */
public final class SrtpError {

    /** Shorter than a header plus the tag (and SRTCP trailer). */
    public static final int TOO_SHORT = -1;
    /** Not RTP/RTCP version 2, or the header runs past the packet. */
    public static final int MALFORMED = -2;
    /** The authentication tag does not verify (RFC 3711 §3.3 step 5, RFC 7714 §8.3). */
    public static final int AUTH_FAILED = -3;
    /** This packet index was already accepted (RFC 3711 §3.3.2), or already sent when protecting. */
    public static final int REPLAY = -4;
    /** The index is older than the replay window: it can no longer be checked, so it is refused. */
    public static final int TOO_OLD = -5;
    /** {@code protect*}: the buffer has no room for the tag (and trailer) after the packet. */
    public static final int NO_CAPACITY = -6;
    /** The SRTP index (2^48) or SRTCP index (2^31) space is used up: the session must be rekeyed. */
    public static final int INDEX_EXHAUSTED = -7;
    /** A new SSRC would exceed the context's limit on tracked streams. */
    public static final int TOO_MANY_STREAMS = -8;
    /** The JCE refused an operation (should not happen with a working JDK). */
    public static final int CRYPTO_FAILURE = -9;

    private SrtpError() {
    }

    /** The constant's name for a code, for logs and metrics labels. */
    public static String name(int code) {
        return switch (code) {
            case TOO_SHORT -> "TOO_SHORT";
            case MALFORMED -> "MALFORMED";
            case AUTH_FAILED -> "AUTH_FAILED";
            case REPLAY -> "REPLAY";
            case TOO_OLD -> "TOO_OLD";
            case NO_CAPACITY -> "NO_CAPACITY";
            case INDEX_EXHAUSTED -> "INDEX_EXHAUSTED";
            case TOO_MANY_STREAMS -> "TOO_MANY_STREAMS";
            case CRYPTO_FAILURE -> "CRYPTO_FAILURE";
            default -> code >= 0 ? "OK" : "UNKNOWN(" + code + ")";
        };
    }
}
