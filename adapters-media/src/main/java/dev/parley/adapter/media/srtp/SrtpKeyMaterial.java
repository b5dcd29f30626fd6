package dev.parley.adapter.media.srtp;

import java.util.Arrays;
import java.util.Objects;

/**
 * The two SRTP master keys and salts of a DTLS-SRTP association, split from the exporter output
 * {@code client_write_key | server_write_key | client_write_salt | server_write_salt} as RFC 5764
 * §4.2 lays it out. The local side sends with its own write key; it receives with the peer's.
 *
 * <p>Holds secrets: {@link #toString()} shows only the profile, accessors return copies, and
 * {@link #destroy()} overwrites the key bytes once the contexts are built.
 */
public final class SrtpKeyMaterial {

    private final SrtpProfile profile;
    private final byte[] localKey;
    private final byte[] localSalt;
    private final byte[] remoteKey;
    private final byte[] remoteSalt;

    private SrtpKeyMaterial(SrtpProfile profile, byte[] localKey, byte[] localSalt, byte[] remoteKey,
            byte[] remoteSalt) {
        this.profile = profile;
        this.localKey = localKey;
        this.localSalt = localSalt;
        this.remoteKey = remoteKey;
        this.remoteSalt = remoteSalt;
    }

    /**
     * Splits DTLS exporter output ({@code exportKeyingMaterial("EXTRACTOR-dtls_srtp", null,
     * profile.keyingMaterialLength())}).
     *
     * @param localIsServer true when this side is the DTLS server (Parley answering with
     *     {@code a=setup:passive}); the server's keys are then the local (sending) ones
     * @throws IllegalArgumentException if {@code exported} is not exactly {@link
     *     SrtpProfile#keyingMaterialLength()} bytes
     */
    public static SrtpKeyMaterial fromDtlsExport(SrtpProfile profile, byte[] exported, boolean localIsServer) {
        Objects.requireNonNull(profile, "profile");
        if (exported.length != profile.keyingMaterialLength()) {
            throw new IllegalArgumentException("keying material for " + profile + " must be "
                    + profile.keyingMaterialLength() + " bytes, got " + exported.length);
        }
        int k = profile.masterKeyLength();
        int s = profile.masterSaltLength();
        byte[] clientKey = Arrays.copyOfRange(exported, 0, k);
        byte[] serverKey = Arrays.copyOfRange(exported, k, 2 * k);
        byte[] clientSalt = Arrays.copyOfRange(exported, 2 * k, 2 * k + s);
        byte[] serverSalt = Arrays.copyOfRange(exported, 2 * k + s, 2 * k + 2 * s);
        return localIsServer
                ? new SrtpKeyMaterial(profile, serverKey, serverSalt, clientKey, clientSalt)
                : new SrtpKeyMaterial(profile, clientKey, clientSalt, serverKey, serverSalt);
    }

    /** The negotiated profile. */
    public SrtpProfile profile() {
        return profile;
    }

    /** A context that protects what this side sends (local master key and salt). */
    public SrtpContext newSendingContext() {
        return SrtpContext.forSending(profile, localKey, localSalt);
    }

    /** A context that unprotects what the peer sends (remote master key and salt). */
    public SrtpContext newReceivingContext() {
        return SrtpContext.forReceiving(profile, remoteKey, remoteSalt);
    }

    /** A copy of the local (sending) master key. */
    public byte[] localMasterKey() {
        return localKey.clone();
    }

    /** A copy of the local (sending) master salt. */
    public byte[] localMasterSalt() {
        return localSalt.clone();
    }

    /** A copy of the remote (receiving) master key. */
    public byte[] remoteMasterKey() {
        return remoteKey.clone();
    }

    /** A copy of the remote (receiving) master salt. */
    public byte[] remoteMasterSalt() {
        return remoteSalt.clone();
    }

    /** Overwrites the keys and salts with zeros; contexts already built keep working. */
    public void destroy() {
        Arrays.fill(localKey, (byte) 0);
        Arrays.fill(localSalt, (byte) 0);
        Arrays.fill(remoteKey, (byte) 0);
        Arrays.fill(remoteSalt, (byte) 0);
    }

    @Override
    public String toString() {
        return "SrtpKeyMaterial[" + profile + ", keys redacted]";
    }
}
