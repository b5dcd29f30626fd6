package dev.parley.adapter.media.srtp;

import java.util.Optional;

/**
 * The DTLS-SRTP protection profiles Parley implements (RFC 5764 §4.1.2, RFC 7714 §14.2), with the
 * lengths that follow from them.
 */
public enum SrtpProfile {
    /** AES-128-GCM with a 16-byte tag (RFC 7714); WebRTC's preferred profile. */
    AEAD_AES_128_GCM(0x0007, 16, 12, 16, 16, true),
    /** AES-256-GCM with a 16-byte tag (RFC 7714); the KDF is AES_256_CM_PRF (RFC 6188). */
    AEAD_AES_256_GCM(0x0008, 32, 12, 16, 16, true),
    /** AES-128 counter mode with HMAC-SHA1 truncated to 80 bits (RFC 3711 §4.1.1, §4.2). */
    AES128_CM_HMAC_SHA1_80(0x0001, 16, 14, 10, 10, false);

    /** The SRTCP trailer: the E flag and 31-bit SRTCP index (RFC 3711 §3.4). */
    public static final int SRTCP_INDEX_LENGTH = 4;

    private final int protectionProfileId;
    private final int masterKeyLength;
    private final int masterSaltLength;
    private final int rtpTagLength;
    private final int rtcpTagLength;
    private final boolean aead;

    SrtpProfile(int id, int keyLength, int saltLength, int rtpTagLength, int rtcpTagLength, boolean aead) {
        this.protectionProfileId = id;
        this.masterKeyLength = keyLength;
        this.masterSaltLength = saltLength;
        this.rtpTagLength = rtpTagLength;
        this.rtcpTagLength = rtcpTagLength;
        this.aead = aead;
    }

    /** The profile's two-byte identifier in the DTLS use_srtp extension. */
    public int protectionProfileId() {
        return protectionProfileId;
    }

    /** Master key length in bytes (also the session encryption key length). */
    public int masterKeyLength() {
        return masterKeyLength;
    }

    /** Master salt length in bytes: 14 for AES-CM, 12 for GCM. */
    public int masterSaltLength() {
        return masterSaltLength;
    }

    /** Bytes {@code protectRtp} adds: the authentication tag. */
    public int rtpOverhead() {
        return rtpTagLength;
    }

    /** Bytes {@code protectRtcp} adds: the tag and the 4-byte E|SRTCP index. */
    public int rtcpOverhead() {
        return rtcpTagLength + SRTCP_INDEX_LENGTH;
    }

    /** The SRTP authentication tag length. */
    public int rtpTagLength() {
        return rtpTagLength;
    }

    /** The SRTCP authentication tag length. */
    public int rtcpTagLength() {
        return rtcpTagLength;
    }

    /** Whether the profile is an AEAD (GCM) profile. */
    public boolean isAead() {
        return aead;
    }

    /**
     * Length of the keying material to export from DTLS for this profile: two master keys and two
     * master salts (RFC 5764 §4.2): 60 bytes for AES-CM, 56 for GCM-128, 88 for GCM-256.
     */
    public int keyingMaterialLength() {
        return 2 * (masterKeyLength + masterSaltLength);
    }

    /** The profile with this use_srtp identifier, if Parley implements it. */
    public static Optional<SrtpProfile> fromProfileId(int id) {
        for (SrtpProfile profile : values()) {
            if (profile.protectionProfileId == id) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }
}
