package dev.parley.adapter.media.srtp;

/**
 * The cryptographic transform of one of SRTP or SRTCP under one set of session keys: the
 * packet layouts, IVs and authentication of a profile. The caller ({@link SrtpContext}) has
 * already parsed the header, checked lengths and capacity and estimated the index. Each instance
 * owns reusable JCE engines and scratch arrays, so it is used by one thread at a time.
 */
abstract sealed class SrtpTransform permits AesGcmTransform, AesCmHmacTransform {

    /**
     * Encrypts the payload of the RTP packet {@code buf[off, off + len)} in place and appends the
     * tag; returns the new length or {@link SrtpError#CRYPTO_FAILURE}.
     */
    abstract int sealRtp(byte[] buf, int off, int headerLength, int len, int ssrc, long index);

    /**
     * Verifies and decrypts the SRTP packet {@code buf[off, off + len)} (tag included) in place;
     * returns the plaintext RTP length or {@link SrtpError#AUTH_FAILED}.
     */
    abstract int openRtp(byte[] buf, int off, int headerLength, int len, int ssrc, long index);

    /**
     * Encrypts the RTCP compound {@code buf[off, off + len)} after its first 8 bytes and appends
     * the tag and {@code E=1 | index}; returns the new length or {@link SrtpError#CRYPTO_FAILURE}.
     */
    abstract int sealRtcp(byte[] buf, int off, int len, int ssrc, int index);

    /**
     * Verifies and, if {@code encrypted}, decrypts the SRTCP packet {@code buf[off, off + len)}
     * (tag and trailer included) in place; returns the RTCP length or {@link
     * SrtpError#AUTH_FAILED}.
     */
    abstract int openRtcp(byte[] buf, int off, int len, int ssrc, int index, boolean encrypted);

    /** Offset from the end of an SRTCP packet to its E|index word. */
    abstract int srtcpIndexFromEnd();

    static void putInt(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    static void xorInt(byte[] b, int i, int v) {
        b[i] ^= (byte) (v >>> 24);
        b[i + 1] ^= (byte) (v >>> 16);
        b[i + 2] ^= (byte) (v >>> 8);
        b[i + 3] ^= (byte) v;
    }
}
