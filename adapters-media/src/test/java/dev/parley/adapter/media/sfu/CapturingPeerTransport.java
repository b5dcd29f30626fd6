package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.sdp.Candidate;
import dev.parley.adapter.media.sdp.Fingerprint;
import dev.parley.adapter.media.sdp.IceParameters;
import dev.parley.adapter.media.sdp.LocalTransport;
import dev.parley.adapter.media.sdp.RemoteTransport;
import dev.parley.adapter.media.transport.CloseReason;
import dev.parley.adapter.media.transport.TransportListener;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A transport that keeps what the SFU sends instead of putting it on a socket, so a test can
 * decrypt it as the browser would. Its own code only: ICE and DTLS are not involved.
 */
public final class CapturingPeerTransport implements PeerTransport {

    private static final SecureRandom RANDOM = new SecureRandom();

    final TransportListener listener;
    public final ConcurrentLinkedQueue<byte[]> sent = new ConcurrentLinkedQueue<>();
    volatile RemoteTransport remote;
    volatile boolean closed;
    private final LocalTransport local;

    public CapturingPeerTransport(TransportListener listener) {
        this.listener = listener;
        byte[] fp = new byte[32];
        RANDOM.nextBytes(fp);
        this.local = new LocalTransport(new IceParameters("test" + RANDOM.nextInt(1000), "0123456789abcdefghijklmn"),
                Fingerprint.sha256(fp), List.of(Candidate.udpHost("1", "127.0.0.1", 7882, 65535)));
    }

    @Override
    public LocalTransport local() {
        return local;
    }

    @Override
    public void setRemote(RemoteTransport remote) {
        this.remote = remote;
    }

    @Override
    public boolean send(byte[] buf, int off, int len) {
        if (closed) {
            return false;
        }
        sent.add(Arrays.copyOfRange(buf, off, off + len));
        return true;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            listener.onClosed(CloseReason.CLOSED_BY_APPLICATION);
        }
    }
}
