package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.dtls.CertificateFingerprint;
import dev.parley.adapter.media.ice.IceCandidate;
import dev.parley.adapter.media.ice.IceCredentials;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * One peer's WebRTC transport on the shared UDP port: ICE-lite credentials, the DTLS server and
 * the path of its RTP/RTCP. Created by {@link MediaTransport#createSession}; thread-safe.
 */
public final class TransportSession {

    TransportSession() {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** Parley's ICE credentials for this session: put them in the SDP ({@code a=ice-ufrag}, {@code a=ice-pwd}). */
    public IceCredentials localIce() {
        throw new UnsupportedOperationException();
    }

    /** Fingerprint of the DTLS certificate this session presents ({@code a=fingerprint:sha-256 ...}). */
    public CertificateFingerprint localFingerprint() {
        throw new UnsupportedOperationException();
    }

    /** The host candidates to advertise ({@code a=candidate:} values, plus {@code a=ice-lite} at session level). */
    public List<IceCandidate> localCandidates() {
        throw new UnsupportedOperationException();
    }

    /**
     * The peer's ICE ufrag/pwd and certificate fingerprints, from its SDP. Binding requests are answered
     * before this is set (the peer may check before its answer arrives), but the DTLS handshake does
     * not complete without it. Setting different values again is refused (ICE restart is not supported).
     */
    public void setRemoteDescription(RemoteDescription remote) {
        throw new UnsupportedOperationException();
    }

    /** Where this session's RTP/RTCP goes (replaces the previous handler; {@link MediaPacketHandler#DROP} by default). */
    public void setMediaHandler(MediaPacketHandler handler) {
        throw new UnsupportedOperationException();
    }

    /**
     * Sends one datagram (already SRTP-protected) to the peer's selected address; thread-safe.
     *
     * @return false if it was not sent: no validated remote address yet, or the session is closed
     */
    public boolean send(byte[] buf, int off, int len) {
        throw new UnsupportedOperationException();
    }

    /** The remote address media is sent to (the nominated pair, else the latest validated), or null. */
    public InetSocketAddress remoteAddress() {
        throw new UnsupportedOperationException();
    }

    /** True once {@link TransportListener#onConnected} has been called and until the session closes. */
    public boolean isConnected() {
        throw new UnsupportedOperationException();
    }

    /** True once the session is closed. */
    public boolean isClosed() {
        throw new UnsupportedOperationException();
    }

    /** Closes the session (DTLS close_notify if connected); {@link TransportListener#onClosed} follows. Idempotent. */
    public void close() {
        throw new UnsupportedOperationException();
    }
}
