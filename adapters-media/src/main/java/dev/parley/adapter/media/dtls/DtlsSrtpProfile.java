package dev.parley.adapter.media.dtls;

/**
 * The DTLS-SRTP protection profiles Parley can negotiate (RFC 5764 §4.1.2, RFC 7714 §14.2), with the
 * key and salt lengths that size the exported keying material (RFC 5764 §4.2:
 * {@code client_key | server_key | client_salt | server_salt}). Named apart from the srtp package's
 * profile enum, which this package does not depend on: the two meet through {@link #id()}.
 */
public enum DtlsSrtpProfile {
    /** SRTP_AEAD_AES_128_GCM (0x0007, RFC 7714): 16-byte keys, 12-byte salts, 56 bytes exported. */
    AEAD_AES_128_GCM(0x0007, 16, 12),
    /** SRTP_AES128_CM_HMAC_SHA1_80 (0x0001, RFC 5764): 16-byte keys, 14-byte salts, 60 bytes exported. */
    AES128_CM_HMAC_SHA1_80(0x0001, 16, 14),
    /** SRTP_AEAD_AES_256_GCM (0x0008, RFC 7714): 32-byte keys, 12-byte salts, 88 bytes exported. Not in the default list. */
    AEAD_AES_256_GCM(0x0008, 32, 12);

    private final int id;
    private final int keyLength;
    private final int saltLength;

    DtlsSrtpProfile(int id, int keyLength, int saltLength) {
        this.id = id;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
    }

    /** The IANA protection profile id carried in the use_srtp extension. */
    public int id() {
        return id;
    }

    /** Master key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Master salt length in bytes. */
    public int saltLength() {
        return saltLength;
    }

    /** Bytes to export with the "EXTRACTOR-dtls_srtp" label: {@code 2 * (key + salt)}. */
    public int keyingMaterialLength() {
        return 2 * (keyLength + saltLength);
    }

    /** The profile with this IANA id, or null if Parley does not implement it. */
    public static DtlsSrtpProfile byId(int id) {
        for (DtlsSrtpProfile p : values()) {
            if (p.id == id) {
                return p;
            }
        }
        return null;
    }
}
