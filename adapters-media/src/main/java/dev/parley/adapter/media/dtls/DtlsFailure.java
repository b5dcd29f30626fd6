package dev.parley.adapter.media.dtls;

/** Why a DTLS handshake failed. */
public enum DtlsFailure {
    /** Not complete within the handshake timeout. */
    TIMEOUT,
    /** The client sent no certificate, or one matching none of its SDP fingerprints (RFC 5763 §5, RFC 8122 §5). */
    FINGERPRINT_MISMATCH,
    /** The client offered no use_srtp profile in the server's list (RFC 5764 §4.1.2). */
    NO_SRTP_PROFILE,
    /** Any other failure: a received alert, a malformed or unsupported handshake, a closed transport. */
    HANDSHAKE_FAILED
}
