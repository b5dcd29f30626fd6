package dev.parley.adapter.media.srtp;

/**
 * The per-SSRC cryptographic state inside one {@link SrtpContext} (RFC 3711 §3.2.3: one context
 * per SSRC, all sharing the master key): the SRTP replay window with the rollover counter, and for
 * SRTCP either the next index to send or the replay window of indices received. Windows are
 * created on first use.
 */
final class SrtpStream {

    final int ssrc;
    ReplayWindow rtp;
    ReplayWindow rtcp;
    /** Next SRTCP index to send (RFC 3711 §3.4: starts at 0, 31 bits). */
    long nextSrtcpIndex;

    SrtpStream(int ssrc) {
        this.ssrc = ssrc;
    }
}
