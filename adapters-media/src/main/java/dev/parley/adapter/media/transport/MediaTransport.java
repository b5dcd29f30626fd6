package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.ice.IceCandidate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Parley's WebRTC transport: one UDP socket for every session, a single receive thread
 * demultiplexing by first byte (RFC 7983), an ICE-lite agent, DTLS 1.2 handshakes on an I/O pool,
 * and consent freshness timers on one scheduler thread.
 */
public final class MediaTransport implements AutoCloseable {

    private MediaTransport() {
    }

    /** Binds the socket and starts the threads. */
    public static MediaTransport start(TransportConfig config) throws IOException {
        throw new UnsupportedOperationException("API first; implementation follows");
    }

    /** A new session with fresh ICE credentials; its RTP/RTCP is dropped until a handler is set. */
    public TransportSession createSession(TransportListener listener) {
        throw new UnsupportedOperationException();
    }

    /** A new session with fresh ICE credentials whose RTP/RTCP goes to {@code mediaHandler}. */
    public TransportSession createSession(TransportListener listener, MediaPacketHandler mediaHandler) {
        throw new UnsupportedOperationException();
    }

    /** The bound socket address (the real port when configured with port 0). */
    public InetSocketAddress localAddress() {
        throw new UnsupportedOperationException();
    }

    /** The host candidates every session advertises. */
    public List<IceCandidate> localCandidates() {
        throw new UnsupportedOperationException();
    }

    /** Counters of the packet path. */
    public TransportStats stats() {
        throw new UnsupportedOperationException();
    }

    /** Closes every session ({@link CloseReason#TRANSPORT_SHUTDOWN}), the socket and the threads. */
    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
