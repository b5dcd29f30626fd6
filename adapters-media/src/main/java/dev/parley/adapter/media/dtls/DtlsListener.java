package dev.parley.adapter.media.dtls;

/** Outcome of a {@link DtlsServerConnection}; called on the I/O pool, at most one of the first two, {@link #onPeerClosed} only after success. */
public interface DtlsListener {

    /** The handshake completed: the negotiated profile and its RFC 5764 §4.2 keying material (owned by the listener). */
    void onHandshakeComplete(DtlsSrtpProfile profile, byte[] keyingMaterial);

    /** The handshake failed; the connection is closed. */
    void onHandshakeFailed(DtlsFailure failure);

    /** The peer ended a completed connection (close_notify or fatal alert). */
    void onPeerClosed();
}
