package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transport parameters of a browser's offer, checked against what Parley's single-port
 * ICE-lite, DTLS-passive transport needs: one BUNDLE group holding every section Parley may
 * accept (RFC 8843), the same ICE credentials and fingerprint across it, rtcp-mux (RFC 8858),
 * {@code a=setup:actpass} or {@code active} so that Parley can be the passive DTLS server
 * (RFC 8842 §5.3), and a sha-256 fingerprint for the peer certificate check (RFC 8122 §5).
 *
 * @param ice         the browser's ICE credentials (its pwd never logged: see {@link IceParameters})
 * @param fingerprint the certificate fingerprint the DTLS client must present
 * @param bundle      the mids of the BUNDLE group, the tag first
 */
public record RemoteTransport(IceParameters ice, Fingerprint fingerprint, List<String> bundle) {

    public RemoteTransport {
        Objects.requireNonNull(ice, "ice");
        Objects.requireNonNull(fingerprint, "fingerprint");
        bundle = List.copyOf(bundle);
    }

    /** Checks {@code offer} and extracts its transport; {@link SdpException} says what is missing. */
    public static RemoteTransport of(SessionDescription offer) {
        if (offer.media().isEmpty()) {
            throw new SdpException("the offer has no media section");
        }
        if (offer.bundleGroups().size() != 1) {
            throw new SdpException("the offer must have exactly one a=group:BUNDLE (Parley bundles everything on one port)");
        }
        List<String> bundle = offer.bundleGroups().get(0);
        if (bundle.isEmpty()) {
            throw new SdpException("the BUNDLE group is empty");
        }
        IceParameters ice = null;
        Fingerprint fp = null;
        List<String> checked = new ArrayList<>();
        for (String mid : bundle) {
            MediaDescription m = offer.section(mid).orElseThrow();
            if (m.isRejected() && !m.has("bundle-only")) {
                continue;
            }
            Optional<IceParameters> i = offer.effectiveIce(m);
            Optional<Fingerprint> f = offer.effectiveFingerprint(m);
            Setup setup = offer.effectiveSetup(m).orElseThrow(() -> new SdpException("a bundled section lacks a=setup"));
            if (i.isEmpty()) {
                throw new SdpException("a bundled section lacks a=ice-ufrag or a=ice-pwd");
            }
            if (f.isEmpty()) {
                throw new SdpException("a bundled section lacks a=fingerprint");
            }
            if (setup != Setup.ACTPASS && setup != Setup.ACTIVE) {
                throw new SdpException("the offer must let Parley be the passive DTLS side (a=setup:actpass or active)");
            }
            if (m.isRtp() && !m.rtcpMux()) {
                throw new SdpException("every RTP section must offer a=rtcp-mux (RFC 8858)");
            }
            if (ice == null) {
                ice = i.get();
                fp = f.get();
            } else if (!ice.equals(i.get()) || !fp.equals(f.get())) {
                throw new SdpException("bundled sections must share ICE credentials and fingerprint");
            }
            checked.add(mid);
        }
        if (ice == null) {
            throw new SdpException("the BUNDLE group has no usable section");
        }
        return new RemoteTransport(ice, fp, checked);
    }
}
