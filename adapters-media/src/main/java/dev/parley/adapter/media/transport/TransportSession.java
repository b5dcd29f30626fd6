package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.dtls.CertificateFingerprint;
import dev.parley.adapter.media.dtls.DtlsFailure;
import dev.parley.adapter.media.dtls.DtlsListener;
import dev.parley.adapter.media.dtls.DtlsServerConnection;
import dev.parley.adapter.media.dtls.DtlsSrtpProfile;
import dev.parley.adapter.media.ice.IceCandidate;
import dev.parley.adapter.media.ice.IceCredentials;
import dev.parley.adapter.media.ice.IceSession;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One peer's WebRTC transport on the shared UDP port: ICE-lite credentials, the DTLS server and
 * the path of its RTP/RTCP. Created by {@link MediaTransport#createSession}; thread-safe.
 */
public final class TransportSession {

    private static final System.Logger LOG = System.getLogger(TransportSession.class.getName());

    private final MediaTransport transport;
    private final TransportListener listener;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object callbackLock = new Object();
    private IceSession ice;
    private DtlsServerConnection dtls;
    private volatile MediaPacketHandler mediaHandler;
    private volatile RemoteDescription remote;
    private volatile boolean connected;

    TransportSession(MediaTransport transport, TransportListener listener, MediaPacketHandler mediaHandler) {
        this.transport = transport;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.mediaHandler = Objects.requireNonNull(mediaHandler, "mediaHandler");
    }

    void attach(IceSession iceSession, DtlsServerConnection dtlsConnection) {
        this.ice = iceSession;
        this.dtls = dtlsConnection;
    }

    /** Parley's ICE credentials for this session: put them in the SDP ({@code a=ice-ufrag}, {@code a=ice-pwd}). */
    public IceCredentials localIce() {
        return ice.localCredentials();
    }

    /** Fingerprint of the DTLS certificate this session presents ({@code a=fingerprint:sha-256 ...}). */
    public CertificateFingerprint localFingerprint() {
        return dtls.certificate().fingerprint();
    }

    /** The host candidates to advertise ({@code a=candidate:} values, plus {@code a=ice-lite} at session level). */
    public List<IceCandidate> localCandidates() {
        return transport.localCandidates();
    }

    /**
     * The peer's ICE ufrag/pwd and certificate fingerprints, from its SDP. Binding requests are answered
     * before this is set (the peer may check before its answer arrives), but the DTLS handshake does
     * not complete without it. Setting different values again is refused (ICE restart is not supported).
     */
    public void setRemoteDescription(RemoteDescription description) {
        Objects.requireNonNull(description, "description");
        synchronized (callbackLock) {
            RemoteDescription previous = remote;
            if (previous != null) {
                if (!previous.equals(description)) {
                    throw new IllegalStateException("the remote description is already set (ICE restart is not supported)");
                }
                return;
            }
            remote = description;
        }
        ice.setRemoteUfrag(description.ice().ufrag());
        dtls.setPeerFingerprints(description.fingerprints());
    }

    /** Where this session's RTP/RTCP goes (replaces the previous handler; {@link MediaPacketHandler#DROP} by default). */
    public void setMediaHandler(MediaPacketHandler handler) {
        this.mediaHandler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Sends one datagram (already SRTP-protected) to the peer's selected address; thread-safe.
     *
     * @return false if it was not sent: no validated remote address yet, the session is closed, or the socket refused it
     */
    public boolean send(byte[] buf, int off, int len) {
        InetSocketAddress to = ice.selectedAddress();
        if (to == null || closed.get()) {
            return false;
        }
        return transport.sendTo(buf, off, len, to);
    }

    /** The remote address media is sent to (the nominated pair, else the latest validated), or null. */
    public InetSocketAddress remoteAddress() {
        return ice.selectedAddress();
    }

    /** True once {@link TransportListener#onConnected} has been called and until the session closes. */
    public boolean isConnected() {
        return connected && !closed.get();
    }

    /** True once the session is closed. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Closes the session (DTLS close_notify if connected); {@link TransportListener#onClosed} follows on the I/O pool. Idempotent. */
    public void close() {
        closeWith(CloseReason.CLOSED_BY_APPLICATION);
    }

    // --- called by the transport ---------------------------------------------------------------

    IceSession ice() {
        return ice;
    }

    MediaPacketHandler mediaHandler() {
        return mediaHandler;
    }

    void onDtls(byte[] buf, int off, int len) {
        dtls.receive(buf, off, len);
    }

    void closeWith(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        transport.forget(this);
        dtls.close();
        transport.callback(() -> {
            synchronized (callbackLock) {
                connected = false;
                listener.onClosed(reason);
            }
        });
    }

    DtlsListener dtlsListener() {
        return new DtlsListener() {
            @Override
            public void onHandshakeComplete(DtlsSrtpProfile profile, byte[] keyingMaterial) {
                synchronized (callbackLock) {
                    if (closed.get()) {
                        Arrays.fill(keyingMaterial, (byte) 0);
                        return;
                    }
                    connected = true;
                    try {
                        listener.onConnected(profile.id(), keyingMaterial);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "transport listener failed in onConnected", e);
                    }
                }
            }

            @Override
            public void onHandshakeFailed(DtlsFailure failure) {
                closeWith(switch (failure) {
                    case TIMEOUT -> CloseReason.DTLS_TIMEOUT;
                    case FINGERPRINT_MISMATCH -> CloseReason.DTLS_FINGERPRINT_MISMATCH;
                    case NO_SRTP_PROFILE -> CloseReason.DTLS_NO_SRTP_PROFILE;
                    case HANDSHAKE_FAILED -> CloseReason.DTLS_FAILED;
                });
            }

            @Override
            public void onPeerClosed() {
                closeWith(CloseReason.PEER_CLOSED);
            }
        };
    }

    @Override
    public String toString() {
        return "TransportSession[ufrag=" + ice.localCredentials().ufrag() + ", remote=" + ice.selectedAddress()
                + (closed.get() ? ", closed" : connected ? ", connected" : "") + "]";
    }
}
