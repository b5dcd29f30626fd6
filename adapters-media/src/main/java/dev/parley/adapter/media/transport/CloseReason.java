package dev.parley.adapter.media.transport;

/** Why a {@link TransportSession} ended. */
public enum CloseReason {
    /** {@link TransportSession#close()} was called. */
    CLOSED_BY_APPLICATION,
    /** No valid STUN binding request from the peer within the consent timeout (RFC 7675 §5.1). */
    CONSENT_EXPIRED,
    /** The DTLS handshake did not complete within the handshake timeout. */
    DTLS_TIMEOUT,
    /** The peer's certificate does not match any fingerprint of its SDP (RFC 5763 §5, RFC 8122 §5), or it sent none. */
    DTLS_FINGERPRINT_MISMATCH,
    /** The peer offered no SRTP protection profile Parley accepts (RFC 5764 §4.1.2). */
    DTLS_NO_SRTP_PROFILE,
    /** Any other DTLS failure (alert, malformed handshake, unsupported version or cipher suite). */
    DTLS_FAILED,
    /** The peer closed DTLS (close_notify or a fatal alert after the handshake). */
    PEER_CLOSED,
    /** The {@link MediaTransport} was shut down. */
    TRANSPORT_SHUTDOWN
}
