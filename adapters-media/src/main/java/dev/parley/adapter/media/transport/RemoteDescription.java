package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.dtls.CertificateFingerprint;
import dev.parley.adapter.media.ice.IceCredentials;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link TransportSession} needs from the peer's SDP: its ICE credentials
 * ({@code a=ice-ufrag}, {@code a=ice-pwd}) and its certificate fingerprints ({@code a=fingerprint},
 * one or more: RFC 8122 §5 lets a peer list several, and the certificate must match one of them).
 */
public record RemoteDescription(IceCredentials ice, List<CertificateFingerprint> fingerprints) {

    /** Requires at least one fingerprint. */
    public RemoteDescription {
        Objects.requireNonNull(ice, "ice");
        fingerprints = List.copyOf(fingerprints);
        if (fingerprints.isEmpty()) {
            throw new IllegalArgumentException("the peer's SDP must carry a certificate fingerprint (RFC 5763 §5)");
        }
    }

    /** The usual case: one fingerprint. */
    public static RemoteDescription of(String iceUfrag, String icePwd, CertificateFingerprint fingerprint) {
        return new RemoteDescription(new IceCredentials(iceUfrag, icePwd), List.of(fingerprint));
    }
}
