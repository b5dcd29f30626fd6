package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.sdp.LocalTransport;
import dev.parley.adapter.media.sdp.RemoteTransport;

/**
 * The transport of one PeerConnection as the SFU sees it: what to put in the answer, where the
 * peer's parameters go, and how protected packets leave. {@link TransportSessionPeer} implements
 * it over the shared UDP port's {@code TransportSession}.
 */
public interface PeerTransport {

    /** Parley's ICE credentials, certificate fingerprint and candidates for this PeerConnection. */
    LocalTransport local();

    /** The browser's ICE credentials and certificate fingerprint, from its offer. */
    void setRemote(RemoteTransport remote);

    /** Sends one protected datagram; false when it could not be sent (not connected, closed). */
    boolean send(byte[] buf, int off, int len);

    /** Closes the transport; the session's {@code onClosed} follows. */
    void close();
}
