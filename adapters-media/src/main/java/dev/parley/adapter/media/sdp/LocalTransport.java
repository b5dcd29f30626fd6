package dev.parley.adapter.media.sdp;

import java.util.List;
import java.util.Objects;

/**
 * What Parley's side of one PeerConnection puts in its answer: its ICE credentials (fresh per
 * PeerConnection), the DTLS certificate fingerprint, and the host candidates of the single UDP
 * port (from configuration).
 *
 * @param ice         Parley's ufrag and pwd for this PeerConnection
 * @param fingerprint sha-256 of Parley's DTLS certificate
 * @param candidates  the candidates to advertise (at least one)
 */
public record LocalTransport(IceParameters ice, Fingerprint fingerprint, List<Candidate> candidates) {

    public LocalTransport {
        Objects.requireNonNull(ice, "ice");
        Objects.requireNonNull(fingerprint, "fingerprint");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("an ICE-lite answer needs at least one candidate");
        }
    }
}
