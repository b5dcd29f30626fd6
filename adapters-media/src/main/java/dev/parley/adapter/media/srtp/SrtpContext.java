package dev.parley.adapter.media.srtp;

import dev.parley.adapter.media.rtp.RtpPacket;
import java.util.Objects;

/**
 * SRTP and SRTCP for one direction of one DTLS-SRTP association: one master key and salt, and
 * inside it the per-SSRC state (RFC 3711 §3.2): rollover counter, replay window, SRTCP index.
 *
 * <p>Every method works in place on {@code buf[off, off + len)} and returns the new length, or a
 * negative {@link SrtpError} code; none throws for bad packet content. A protect method needs room
 * for {@link SrtpProfile#rtpOverhead()} (or {@link SrtpProfile#rtcpOverhead()}) bytes after the
 * packet. After a failed unprotect the buffer's content is unspecified: drop the packet.
 *
 * <p>What it enforces:
 * <ul>
 *   <li>Key derivation with the AES-CM PRF at key derivation rate 0 (RFC 3711 §4.3; RFC 7714
 *       §11; RFC 6188 for 256-bit keys); the session keys are derived once per context.</li>
 *   <li>SRTP index estimation and rollover (RFC 3711 §3.3.1, Appendix A); the ROC starts at 0 for
 *       every SSRC.</li>
 *   <li>Replay protection on receive (RFC 3711 §3.3.2) with a {@value #REPLAY_WINDOW}-packet
 *       window per SSRC for SRTP and SRTCP: a repeated index is {@link SrtpError#REPLAY}, one
 *       older than the window {@link SrtpError#TOO_OLD}. The window moves only after a packet
 *       authenticates, and a new SSRC is tracked only once one of its packets authenticates, so
 *       forged packets change nothing.</li>
 *   <li>On send, the same window refuses to protect an index twice: with GCM, two packets under
 *       one IV would expose the authentication key (RFC 7714 §8.4).</li>
 *   <li>At most {@value #MAX_STREAMS} SSRCs per context ({@link SrtpError#TOO_MANY_STREAMS}).</li>
 *   <li>SRTCP is always sent encrypted (E=1); authenticated SRTCP with E=0 is accepted on
 *       receive, as RFC 3711 §3.4 and RFC 7714 §9.3 define it.</li>
 * </ul>
 *
 * <p>Not thread-safe: a context keeps its JCE engines and scratch state, and is meant to be used
 * by one thread at a time (the thread that owns the peer's packets); hand it over with a
 * happens-before edge such as a queue. The counters may be read from any thread. Steady-state
 * calls allocate nothing in Parley's code (the JCE allocates a few small objects per packet for
 * its parameter specs and internal state). {@link #toString()} shows no key material.
 */
public final class SrtpContext {

    /** Packets remembered behind the highest index, per SSRC, for SRTP and for SRTCP. */
    public static final int REPLAY_WINDOW = 1024;
    /** SSRCs one context tracks at most. */
    public static final int MAX_STREAMS = 4096;

    private static final long MAX_SRTCP_INDEX = 0x7FFF_FFFFL;

    private final SrtpProfile profile;
    private final boolean sending;
    private final SrtpTransform rtp;
    private final SrtpTransform rtcp;
    private final StreamTable streams = new StreamTable(MAX_STREAMS);
    private volatile long authenticationFailures;
    private volatile long replaysRejected;

    private SrtpContext(SrtpProfile profile, boolean sending, SessionKeys rtpKeys, SessionKeys rtcpKeys) {
        this.profile = profile;
        this.sending = sending;
        this.rtp = transform(profile, rtpKeys);
        this.rtcp = transform(profile, rtcpKeys);
    }

    private static SrtpTransform transform(SrtpProfile profile, SessionKeys keys) {
        return profile.isAead() ? new AesGcmTransform(keys) : new AesCmHmacTransform(keys);
    }

    /**
     * A context that protects outgoing packets under this master key and salt.
     *
     * @throws IllegalArgumentException if the key or salt length does not match the profile
     */
    public static SrtpContext forSending(SrtpProfile profile, byte[] masterKey, byte[] masterSalt) {
        return derive(profile, masterKey, masterSalt, true);
    }

    /**
     * A context that unprotects incoming packets under this master key and salt.
     *
     * @throws IllegalArgumentException if the key or salt length does not match the profile
     */
    public static SrtpContext forReceiving(SrtpProfile profile, byte[] masterKey, byte[] masterSalt) {
        return derive(profile, masterKey, masterSalt, false);
    }

    private static SrtpContext derive(SrtpProfile profile, byte[] masterKey, byte[] masterSalt, boolean sending) {
        Objects.requireNonNull(profile, "profile");
        SessionKeys rtpKeys = SessionKeys.derive(profile, masterKey, masterSalt, false);
        SessionKeys rtcpKeys = SessionKeys.derive(profile, masterKey, masterSalt, true);
        try {
            return new SrtpContext(profile, sending, rtpKeys, rtcpKeys);
        } finally {
            rtpKeys.wipe();
            rtcpKeys.wipe();
        }
    }

    /** A context on session keys given directly (test vectors give session, not master, keys). */
    static SrtpContext withSessionKeys(SrtpProfile profile, boolean sending, SessionKeys rtpKeys,
            SessionKeys rtcpKeys) {
        return new SrtpContext(profile, sending, rtpKeys, rtcpKeys);
    }

    /** The profile. */
    public SrtpProfile profile() {
        return profile;
    }

    /** Whether this context protects (true) or unprotects (false). */
    public boolean isSending() {
        return sending;
    }

    /** SRTP and SRTCP packets refused because their tag did not verify. */
    public long authenticationFailures() {
        return authenticationFailures;
    }

    /** SRTP and SRTCP packets refused as replayed or older than the replay window. */
    public long replaysRejected() {
        return replaysRejected;
    }

    /** Number of SSRCs this context tracks. */
    public int streamCount() {
        return streams.size();
    }

    /**
     * Protects the RTP packet {@code buf[off, off + len)} in place (RFC 3711 §3.3; RFC 7714 §8):
     * encrypts the payload and appends the tag. Returns the SRTP length, or {@link
     * SrtpError#TOO_SHORT}, {@link SrtpError#MALFORMED}, {@link SrtpError#NO_CAPACITY}, {@link
     * SrtpError#REPLAY} / {@link SrtpError#TOO_OLD} (this index was already protected, or is
     * behind the window), {@link SrtpError#INDEX_EXHAUSTED} or {@link SrtpError#TOO_MANY_STREAMS}.
     *
     * @throws IllegalStateException on a receiving context
     * @throws IndexOutOfBoundsException if the range is not inside {@code buf} (a caller bug)
     */
    public int protectRtp(byte[] buf, int off, int len) {
        requireDirection(true);
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len < RtpPacket.FIXED_HEADER_LENGTH) {
            return SrtpError.TOO_SHORT;
        }
        int header = RtpPacket.headerLength(buf, off, len);
        if (header < 0) {
            return SrtpError.MALFORMED;
        }
        if (buf.length - off - len < profile.rtpOverhead()) {
            return SrtpError.NO_CAPACITY;
        }
        int ssrc = ssrc(buf, off + 8);
        SrtpStream stream = streams.getOrCreate(ssrc);
        if (stream == null) {
            return SrtpError.TOO_MANY_STREAMS;
        }
        ReplayWindow window = stream.rtp;
        if (window == null) {
            window = stream.rtp = new ReplayWindow(REPLAY_WINDOW);
        }
        long index = window.estimateIndex(sequenceNumber(buf, off));
        if (index < 0) {
            return SrtpError.INDEX_EXHAUSTED;
        }
        int seen = window.check(index);
        if (seen != ReplayWindow.FRESH) {
            return seen;
        }
        int result = rtp.sealRtp(buf, off, header, len, ssrc, index);
        if (result >= 0) {
            window.accept(index);
        }
        return result;
    }

    /**
     * Unprotects the SRTP packet {@code buf[off, off + len)} in place (RFC 3711 §3.3; RFC 7714
     * §8): checks replay, verifies the tag, decrypts, and only then updates the replay window and
     * rollover counter. Returns the RTP length, or {@link SrtpError#TOO_SHORT}, {@link
     * SrtpError#MALFORMED}, {@link SrtpError#REPLAY}, {@link SrtpError#TOO_OLD}, {@link
     * SrtpError#AUTH_FAILED}, {@link SrtpError#INDEX_EXHAUSTED} or {@link
     * SrtpError#TOO_MANY_STREAMS}.
     *
     * @throws IllegalStateException on a sending context
     * @throws IndexOutOfBoundsException if the range is not inside {@code buf} (a caller bug)
     */
    public int unprotectRtp(byte[] buf, int off, int len) {
        requireDirection(false);
        Objects.checkFromIndexSize(off, len, buf.length);
        int tag = profile.rtpTagLength();
        if (len < RtpPacket.FIXED_HEADER_LENGTH + tag) {
            return SrtpError.TOO_SHORT;
        }
        int header = RtpPacket.headerLength(buf, off, len - tag);
        if (header < 0) {
            return SrtpError.MALFORMED;
        }
        int ssrc = ssrc(buf, off + 8);
        int seq = sequenceNumber(buf, off);
        SrtpStream stream = streams.get(ssrc);
        ReplayWindow window = stream == null ? null : stream.rtp;
        long index = seq;
        if (window != null) {
            index = window.estimateIndex(seq);
            if (index < 0) {
                return SrtpError.INDEX_EXHAUSTED;
            }
            int seen = window.check(index);
            if (seen != ReplayWindow.FRESH) {
                replaysRejected++;
                return seen;
            }
        }
        int result = rtp.openRtp(buf, off, header, len, ssrc, index);
        if (result < 0) {
            if (result == SrtpError.AUTH_FAILED) {
                authenticationFailures++;
            }
            return result;
        }
        if (window == null) {
            if (stream == null && (stream = streams.getOrCreate(ssrc)) == null) {
                return SrtpError.TOO_MANY_STREAMS;
            }
            window = stream.rtp = new ReplayWindow(REPLAY_WINDOW);
        }
        window.accept(index);
        return result;
    }

    /**
     * Protects the RTCP compound packet {@code buf[off, off + len)} in place (RFC 3711 §3.4; RFC
     * 7714 §9, §17): encrypts all but the first 8 bytes and appends the tag and E|SRTCP index
     * (in the order the profile prescribes). The SRTCP index counts per sender SSRC (bytes 4-7)
     * from 0. Returns the SRTCP length, or {@link SrtpError#TOO_SHORT}, {@link
     * SrtpError#MALFORMED}, {@link SrtpError#NO_CAPACITY}, {@link SrtpError#INDEX_EXHAUSTED} or
     * {@link SrtpError#TOO_MANY_STREAMS}.
     *
     * @throws IllegalStateException on a receiving context
     * @throws IndexOutOfBoundsException if the range is not inside {@code buf} (a caller bug)
     */
    public int protectRtcp(byte[] buf, int off, int len) {
        requireDirection(true);
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len < 8) {
            return SrtpError.TOO_SHORT;
        }
        if ((buf[off] & 0xC0) != 0x80) {
            return SrtpError.MALFORMED;
        }
        if (buf.length - off - len < profile.rtcpOverhead()) {
            return SrtpError.NO_CAPACITY;
        }
        int ssrc = ssrc(buf, off + 4);
        SrtpStream stream = streams.getOrCreate(ssrc);
        if (stream == null) {
            return SrtpError.TOO_MANY_STREAMS;
        }
        long index = stream.nextSrtcpIndex;
        if (index > MAX_SRTCP_INDEX) {
            return SrtpError.INDEX_EXHAUSTED;
        }
        int result = rtcp.sealRtcp(buf, off, len, ssrc, (int) index);
        if (result >= 0) {
            stream.nextSrtcpIndex = index + 1;
        }
        return result;
    }

    /**
     * Unprotects the SRTCP packet {@code buf[off, off + len)} in place (RFC 3711 §3.4; RFC 7714
     * §9, §17): reads E and the SRTCP index, checks replay, verifies the tag, decrypts (E=1), then
     * updates the replay window. Returns the RTCP length, or {@link SrtpError#TOO_SHORT}, {@link
     * SrtpError#MALFORMED}, {@link SrtpError#REPLAY}, {@link SrtpError#TOO_OLD}, {@link
     * SrtpError#AUTH_FAILED} or {@link SrtpError#TOO_MANY_STREAMS}.
     *
     * @throws IllegalStateException on a sending context
     * @throws IndexOutOfBoundsException if the range is not inside {@code buf} (a caller bug)
     */
    public int unprotectRtcp(byte[] buf, int off, int len) {
        requireDirection(false);
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len < 8 + profile.rtcpOverhead()) {
            return SrtpError.TOO_SHORT;
        }
        if ((buf[off] & 0xC0) != 0x80) {
            return SrtpError.MALFORMED;
        }
        int word = ssrc(buf, off + len - rtcp.srtcpIndexFromEnd());
        boolean encrypted = word < 0;
        int index = word & 0x7FFF_FFFF;
        int ssrc = ssrc(buf, off + 4);
        SrtpStream stream = streams.get(ssrc);
        ReplayWindow window = stream == null ? null : stream.rtcp;
        if (window != null) {
            int seen = window.check(index);
            if (seen != ReplayWindow.FRESH) {
                replaysRejected++;
                return seen;
            }
        }
        int result = rtcp.openRtcp(buf, off, len, ssrc, index, encrypted);
        if (result < 0) {
            if (result == SrtpError.AUTH_FAILED) {
                authenticationFailures++;
            }
            return result;
        }
        if (window == null) {
            if (stream == null && (stream = streams.getOrCreate(ssrc)) == null) {
                return SrtpError.TOO_MANY_STREAMS;
            }
            window = stream.rtcp = new ReplayWindow(REPLAY_WINDOW);
        }
        window.accept(index);
        return result;
    }

    /** Sets the next SRTCP index to send for {@code ssrc} (test vectors start mid-session). */
    void setNextSrtcpIndex(int ssrc, long index) {
        SrtpStream stream = streams.getOrCreate(ssrc);
        if (stream == null) {
            throw new IllegalStateException("stream limit reached");
        }
        stream.nextSrtcpIndex = index;
    }

    private void requireDirection(boolean protect) {
        if (protect != sending) {
            throw new IllegalStateException("this SRTP context is for " + (sending ? "sending" : "receiving"));
        }
    }

    private static int ssrc(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static int sequenceNumber(byte[] b, int off) {
        return ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    @Override
    public String toString() {
        return "SrtpContext[" + profile + ", " + (sending ? "sending" : "receiving") + ", streams="
                + streams.size() + ", keys redacted]";
    }
}
