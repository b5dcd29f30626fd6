package dev.parley.adapter.media.transport;

/**
 * What a {@link TransportSession} tells its owner (the SFU layer). Callbacks run on the
 * transport's I/O pool, never on the packet-receiving thread; each is called at most once per
 * session, and {@link #onClosed} always comes last.
 */
public interface TransportListener {

    /**
     * ICE has a valid pair and the DTLS handshake completed with the peer's certificate matching its
     * SDP fingerprint. {@code exportedKeyMaterial} is the RFC 5764 §4.2 "EXTRACTOR-dtls_srtp" export
     * ({@code client_key | server_key | client_salt | server_salt}, Parley being the DTLS server) of
     * the length the profile needs; the listener owns the array and should wipe it once the SRTP
     * contexts are built (e.g. {@code SrtpKeyMaterial.fromDtlsExport(SrtpProfile.fromProfileId(id).orElseThrow(), bytes, true)}:
     * Parley is always the DTLS server, so its outbound keys are the server half).
     *
     * @param protectionProfileId the negotiated use_srtp profile id (by default 0x0007 AEAD_AES_128_GCM or
     *     0x0001 AES128_CM_HMAC_SHA1_80; 0x0008 AEAD_AES_256_GCM if configured)
     */
    void onConnected(int protectionProfileId, byte[] exportedKeyMaterial);

    /** The session is gone (and every resource it held is released); no packet is delivered after this. */
    void onClosed(CloseReason reason);
}
