package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.sdp.RemoteTransport;
import dev.parley.adapter.media.transport.CloseReason;
import dev.parley.adapter.media.transport.TransportListener;

/** A transport whose sends go nowhere (for measuring the SFU alone); local parameters as {@link CapturingPeerTransport}'s. */
abstract class AbstractSink implements PeerTransport {

    private final TransportListener listener;
    private final CapturingPeerTransport shape;

    AbstractSink(TransportListener listener) {
        this.listener = listener;
        this.shape = new CapturingPeerTransport(listener);
    }

    @Override
    public dev.parley.adapter.media.sdp.LocalTransport local() {
        return shape.local();
    }

    @Override
    public void setRemote(RemoteTransport remote) {
    }

    @Override
    public boolean send(byte[] buf, int off, int len) {
        return true;
    }

    @Override
    public void close() {
        listener.onClosed(CloseReason.CLOSED_BY_APPLICATION);
    }
}
