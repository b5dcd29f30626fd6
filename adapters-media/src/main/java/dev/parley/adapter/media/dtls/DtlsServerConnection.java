package dev.parley.adapter.media.dtls;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsTimeoutException;

/**
 * The DTLS server of one session. The transport's receive thread hands it datagrams with
 * {@link #receive} (a copy is queued; nothing blocks); the first one starts the blocking
 * {@link DTLSServerProtocol#accept} on the I/O pool, bounded by the handshake timeout (Bouncy
 * Castle's own, plus a watchdog on the scheduler that closes the queue). After the handshake, later
 * DTLS datagrams (a retransmitted client flight, close_notify, alerts) are processed on the I/O pool
 * as they come, one at a time.
 */
public final class DtlsServerConnection {

    private static final int NEW = 0;
    private static final int HANDSHAKING = 1;
    private static final int CONNECTED = 2;
    private static final int CLOSED = 3;

    private final DtlsCertificate certificate;
    private final DtlsServerConfig config;
    private final Executor ioPool;
    private final ScheduledExecutorService scheduler;
    private final DtlsListener listener;
    private final QueueDatagramTransport transport;
    private final CompletableFuture<List<CertificateFingerprint>> peerFingerprints = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final Object receiveLock = new Object();
    private volatile boolean timedOut;
    private volatile ScheduledFuture<?> watchdog;
    private volatile DTLSTransport dtls;

    /**
     * A connection presenting {@code certificate}; its datagrams leave through {@code sink} and its
     * outcome goes to {@code listener}, on {@code ioPool}.
     */
    public DtlsServerConnection(DtlsCertificate certificate, DtlsServerConfig config, Executor ioPool,
            ScheduledExecutorService scheduler, DatagramSink sink, DtlsListener listener) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.config = Objects.requireNonNull(config, "config");
        this.ioPool = Objects.requireNonNull(ioPool, "ioPool");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.transport = new QueueDatagramTransport(Objects.requireNonNull(sink, "sink"));
    }

    /** The certificate this connection presents. */
    public DtlsCertificate certificate() {
        return certificate;
    }

    /** The fingerprints from the peer's SDP; a handshake waiting for them resumes. */
    public void setPeerFingerprints(List<CertificateFingerprint> fingerprints) {
        List<CertificateFingerprint> copy = List.copyOf(fingerprints);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one fingerprint");
        }
        peerFingerprints.complete(copy);
    }

    /**
     * One DTLS datagram from the peer (RFC 7983 first byte 20-63). Never blocks: the bytes are copied
     * to the connection's queue; the first datagram starts the handshake.
     *
     * @return false if the datagram was dropped (queue full, too large, or connection closed)
     */
    public boolean receive(byte[] buf, int off, int len) {
        int s = state.get();
        if (s == CLOSED || !transport.offer(buf, off, len)) {
            return false;
        }
        if (s == NEW && state.compareAndSet(NEW, HANDSHAKING)) {
            startHandshake();
        } else if (s == CONNECTED) {
            execute(this::processAfterHandshake);
        }
        return true;
    }

    /** True once the handshake completed and until the connection closes. */
    public boolean isConnected() {
        return state.get() == CONNECTED;
    }

    /** True once closed (locally, by the peer, or by a failed handshake). */
    public boolean isClosed() {
        return state.get() == CLOSED;
    }

    /** Closes the connection: close_notify if connected, the handshake aborted if running. No listener call. Idempotent. */
    public void close() {
        int previous = state.getAndSet(CLOSED);
        if (previous == CLOSED) {
            return;
        }
        cancelWatchdog();
        DTLSTransport connected = dtls;
        if (previous == CONNECTED && connected != null) {
            try {
                connected.close();
            } catch (IOException ignored) {
                // best effort close_notify
            }
        }
        transport.close();
    }

    private void startHandshake() {
        long timeoutNanos = config.handshakeTimeout().toNanos();
        long deadline = System.nanoTime() + timeoutNanos;
        watchdog = scheduler.schedule(() -> {
            if (state.get() == HANDSHAKING && dtls == null) {
                timedOut = true;
                transport.close();
            }
        }, timeoutNanos, TimeUnit.NANOSECONDS);
        execute(() -> handshake(deadline));
    }

    private void handshake(long deadlineNanos) {
        ParleyDtlsServer server = new ParleyDtlsServer(certificate, config, peerFingerprints, deadlineNanos);
        DTLSTransport result;
        try {
            result = new DTLSServerProtocol().accept(server, transport);
        } catch (IOException | RuntimeException e) {
            failed(failureOf(server, e));
            return;
        }
        dtls = result;
        cancelWatchdog();
        byte[] keys = server.takeKeyingMaterial();
        if (!state.compareAndSet(HANDSHAKING, CONNECTED)) {
            try {
                result.close();
            } catch (IOException ignored) {
                // closed meanwhile
            }
            return;
        }
        listener.onHandshakeComplete(server.selectedProfile(), keys);
        if (transport.hasPending()) {
            processAfterHandshake();
        }
    }

    private DtlsFailure failureOf(ParleyDtlsServer server, Exception e) {
        if (timedOut || e instanceof TlsTimeoutException) {
            return DtlsFailure.TIMEOUT;
        }
        DtlsFailure known = server.failure();
        return known != null ? known : DtlsFailure.HANDSHAKE_FAILED;
    }

    private void failed(DtlsFailure failure) {
        cancelWatchdog();
        if (state.getAndSet(CLOSED) != CLOSED) {
            transport.close();
            listener.onHandshakeFailed(failure);
        }
    }

    /** Lets Bouncy Castle handle queued post-handshake records: retransmission of its last flight, alerts, close_notify. */
    private void processAfterHandshake() {
        synchronized (receiveLock) {
            DTLSTransport connected = dtls;
            byte[] sink = new byte[QueueDatagramTransport.RECEIVE_LIMIT];
            boolean peerGone = false;
            try {
                while (state.get() == CONNECTED && transport.hasPending()) {
                    connected.receive(sink, 0, sink.length, 1);
                    if (transport.isClosed()) {
                        peerGone = true;
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                peerGone = true;
            }
            if (peerGone && state.compareAndSet(CONNECTED, CLOSED)) {
                transport.close();
                listener.onPeerClosed();
            }
        }
    }

    private void cancelWatchdog() {
        ScheduledFuture<?> w = watchdog;
        if (w != null) {
            w.cancel(false);
        }
    }

    private void execute(Runnable task) {
        try {
            ioPool.execute(task);
        } catch (RejectedExecutionException e) {
            close();
        }
    }
}
