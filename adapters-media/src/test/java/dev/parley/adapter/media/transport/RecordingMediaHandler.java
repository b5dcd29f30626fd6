package dev.parley.adapter.media.transport;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Test media handler: copies every packet it is given (the transport reuses its buffer). */
final class RecordingMediaHandler implements MediaPacketHandler {

    final BlockingQueue<byte[]> rtp = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> rtcp = new LinkedBlockingQueue<>();

    @Override
    public void onRtp(byte[] buf, int off, int len) {
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        rtp.add(copy);
    }

    @Override
    public void onRtcp(byte[] buf, int off, int len) {
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        rtcp.add(copy);
    }
}
