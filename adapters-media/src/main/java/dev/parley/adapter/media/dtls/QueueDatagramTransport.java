package dev.parley.adapter.media.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;

/**
 * Bouncy Castle's view of the network for one DTLS connection: datagrams arrive in a bounded queue
 * filled by the transport's demultiplexer and leave through a {@link DatagramSink}. {@link #close()}
 * wakes a blocked {@link #receive} with an {@link IOException}.
 */
final class QueueDatagramTransport implements DatagramTransport {

    /** Largest datagram accepted from the peer. */
    static final int RECEIVE_LIMIT = 1500;
    /** Largest datagram sent: handshake messages are fragmented below a common path MTU. */
    static final int SEND_LIMIT = 1150;
    /** Datagrams waiting for the handshake thread; more are dropped (DTLS retransmits). */
    static final int QUEUE_CAPACITY = 64;

    private static final byte[] CLOSED = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final DatagramSink sink;
    private volatile boolean closed;

    QueueDatagramTransport(DatagramSink sink) {
        this.sink = sink;
    }

    /** Queues a copy of one received datagram; false if full or closed. */
    boolean offer(byte[] buf, int off, int len) {
        if (closed || len > RECEIVE_LIMIT) {
            return false;
        }
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        return queue.offer(copy);
    }

    boolean hasPending() {
        byte[] head = queue.peek();
        return head != null && head != CLOSED;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public int getReceiveLimit() {
        return RECEIVE_LIMIT;
    }

    @Override
    public int getSendLimit() {
        return SEND_LIMIT;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("DTLS transport closed");
        }
        byte[] datagram;
        try {
            datagram = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for DTLS");
        }
        if (datagram == CLOSED) {
            throw new IOException("DTLS transport closed");
        }
        if (datagram == null) {
            return -1;
        }
        int n = Math.min(len, datagram.length);
        System.arraycopy(datagram, 0, buf, off, n);
        return n;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (!closed) {
            sink.send(buf, off, len);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            queue.clear();
            queue.offer(CLOSED);
        }
    }
}
