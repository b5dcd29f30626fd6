package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.dtls.CertificateFingerprint;
import dev.parley.adapter.media.ice.IceCandidate;
import dev.parley.adapter.media.sdp.Candidate;
import dev.parley.adapter.media.sdp.Fingerprint;
import dev.parley.adapter.media.sdp.IceParameters;
import dev.parley.adapter.media.sdp.LocalTransport;
import dev.parley.adapter.media.sdp.RemoteTransport;
import dev.parley.adapter.media.transport.RemoteDescription;
import dev.parley.adapter.media.transport.TransportSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A {@link PeerTransport} over one session of the shared UDP port: translates between the SDP and transport types. */
final class TransportSessionPeer implements PeerTransport {

    private final TransportSession session;
    private final LocalTransport local;

    TransportSessionPeer(TransportSession session) {
        this.session = Objects.requireNonNull(session, "session");
        IceParameters ice = new IceParameters(session.localIce().ufrag(), session.localIce().pwd());
        Fingerprint fp = Fingerprint.parse(session.localFingerprint().toSdpValue());
        List<Candidate> candidates = new ArrayList<>();
        for (IceCandidate c : session.localCandidates()) {
            candidates.add(Candidate.parse(c.sdpValue()));
        }
        this.local = new LocalTransport(ice, fp, candidates);
    }

    @Override
    public LocalTransport local() {
        return local;
    }

    @Override
    public void setRemote(RemoteTransport remote) {
        session.setRemoteDescription(RemoteDescription.of(remote.ice().ufrag(), remote.ice().pwd(),
                CertificateFingerprint.parseSdp(remote.fingerprint().attributeValue())));
    }

    @Override
    public boolean send(byte[] buf, int off, int len) {
        return session.send(buf, off, len);
    }

    @Override
    public void close() {
        session.close();
    }
}
