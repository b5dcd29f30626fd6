package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.transport.MediaPacketHandler;
import dev.parley.adapter.media.transport.MediaTransport;
import dev.parley.adapter.media.transport.TransportListener;

/** Opens the transport of a new PeerConnection, delivering its events and packets to the given session. */
@FunctionalInterface
public interface PeerTransportFactory {

    /** A transport whose callbacks go to {@code listener} and whose RTP/RTCP go to {@code packets}. */
    PeerTransport create(TransportListener listener, MediaPacketHandler packets);

    /** Sessions of the shared UDP port of {@code transport}. */
    static PeerTransportFactory over(MediaTransport transport) {
        return (listener, packets) -> new TransportSessionPeer(transport.createSession(listener, packets));
    }
}
