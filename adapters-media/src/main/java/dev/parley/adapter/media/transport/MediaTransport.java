package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.rtp.PacketKind;
import dev.parley.adapter.media.dtls.DtlsCertificate;
import dev.parley.adapter.media.dtls.DtlsServerConfig;
import dev.parley.adapter.media.dtls.DtlsServerConnection;
import dev.parley.adapter.media.ice.IceCandidate;
import dev.parley.adapter.media.ice.IceDropReason;
import dev.parley.adapter.media.ice.IceLiteAgent;
import dev.parley.adapter.media.ice.IceSession;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Parley's WebRTC transport: one UDP socket for every session, a single receive thread
 * demultiplexing by first byte (RFC 7983), an ICE-lite agent, DTLS 1.2 handshakes on an I/O pool,
 * and consent freshness timers on one scheduler thread.
 */
public final class MediaTransport implements AutoCloseable {

    private static final Logger LOG = System.getLogger(MediaTransport.class.getName());
    private static final int RECEIVE_BUFFER = 65536;
    private static final int SEND_BUFFER = 2048;
    private static final int MIN_MEDIA_LENGTH = 8;
    private static final ThreadLocal<ByteBuffer> SEND_BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(SEND_BUFFER));

    private final TransportConfig config;
    private final DatagramChannel channel;
    private final InetSocketAddress localAddress;
    private final List<IceCandidate> candidates;
    private final SecureRandom random = new SecureRandom();
    private final IceLiteAgent agent = new IceLiteAgent(random, System::nanoTime);
    private final DtlsServerConfig dtlsConfig;
    private final ExecutorService ioPool;
    private final ScheduledExecutorService scheduler;
    private final Thread receiver;
    private final Map<String, TransportSession> sessions = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, TransportSession> byAddress = new ConcurrentHashMap<>();
    private volatile DtlsCertificate certificate;
    private volatile boolean running = true;

    // Written by the receive thread only (single writer); read anywhere.
    private final ReceiveCounters counters = new ReceiveCounters();
    private final LongAdder sendErrors = new LongAdder();

    private MediaTransport(TransportConfig config, DatagramChannel channel) throws IOException {
        this.config = config;
        this.channel = channel;
        this.localAddress = (InetSocketAddress) channel.getLocalAddress();
        this.candidates = CandidateAddresses.hostCandidates(config, localAddress);
        this.dtlsConfig = new DtlsServerConfig(config.srtpProfiles(), config.handshakeTimeout());
        this.certificate = newCertificate();
        this.ioPool = Executors.newFixedThreadPool(config.ioThreads(), threads("parley-media-io-"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("parley-media-timer-"));
        this.receiver = threads("parley-media-udp-").newThread(this::receiveLoop);
    }

    /** Binds the socket and starts the threads. */
    public static MediaTransport start(TransportConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, config.receiveBufferBytes());
            channel.setOption(StandardSocketOptions.SO_SNDBUF, config.receiveBufferBytes());
            channel.bind(config.bindAddress() == null ? new InetSocketAddress(config.port())
                    : new InetSocketAddress(config.bindAddress(), config.port()));
            channel.configureBlocking(true);
            MediaTransport transport = new MediaTransport(config, channel);
            transport.startThreads();
            return transport;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void startThreads() {
        long sweep = Math.max(10, Math.min(1000, config.consentTimeout().toMillis() / 4));
        scheduler.scheduleWithFixedDelay(this::expireSilentSessions, sweep, sweep, TimeUnit.MILLISECONDS);
        long rotate = config.certificateLifetime().toMillis();
        scheduler.scheduleWithFixedDelay(() -> certificate = newCertificate(), rotate, rotate, TimeUnit.MILLISECONDS);
        receiver.start();
        LOG.log(Level.INFO, "media transport on udp {0}, candidates {1}", localAddress, candidates);
    }

    private DtlsCertificate newCertificate() {
        // valid a week past its lifetime: sessions keep the certificate they advertised
        return DtlsCertificate.generate(random, Instant.now(), config.certificateLifetime().plus(Duration.ofDays(7)));
    }

    /** A new session with fresh ICE credentials; its RTP/RTCP is dropped until a handler is set. */
    public TransportSession createSession(TransportListener listener) {
        return createSession(listener, MediaPacketHandler.DROP);
    }

    /** A new session with fresh ICE credentials whose RTP/RTCP goes to {@code mediaHandler}. */
    public TransportSession createSession(TransportListener listener, MediaPacketHandler mediaHandler) {
        if (!running) {
            throw new IllegalStateException("media transport is closed");
        }
        TransportSession session = new TransportSession(this, listener, mediaHandler);
        IceSession ice = agent.createSession((s, from, first) -> {
            if (first && !session.isClosed()) {
                byAddress.put(from, session);
            }
        });
        DtlsServerConnection dtls = new DtlsServerConnection(certificate, dtlsConfig, ioPool, scheduler,
                (buf, off, len) -> {
                    InetSocketAddress to = ice.selectedAddress();
                    if (to != null) {
                        sendTo(buf, off, len, to);
                    }
                }, session.dtlsListener());
        session.attach(ice, dtls);
        sessions.put(ice.localCredentials().ufrag(), session);
        if (!running) {
            session.closeWith(CloseReason.TRANSPORT_SHUTDOWN);
        }
        return session;
    }

    /** The bound socket address (the real port when configured with port 0). */
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    /** The host candidates every session advertises. */
    public List<IceCandidate> localCandidates() {
        return candidates;
    }

    /** Counters of the packet path. */
    public TransportStats stats() {
        return new TransportStats(counters.datagrams.get(), agent.answered(), agent.droppedTotal(), counters.dtls.get(),
                counters.rtp.get(), counters.rtcp.get(), counters.unknownSource.get(), counters.unclassified.get(),
                counters.handlerErrors.get(), sendErrors.sum(), sessions.size());
    }

    /** Id of the receive thread (tests measure its allocations). */
    long receiveThreadId() {
        return receiver.getId();
    }

    /** STUN requests dropped for one reason (see {@link IceDropReason}). */
    public long stunDropped(IceDropReason reason) {
        return agent.dropped(reason);
    }

    /** Closes every session ({@link CloseReason#TRANSPORT_SHUTDOWN}), the socket and the threads. */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        for (TransportSession s : sessions.values()) {
            s.closeWith(CloseReason.TRANSPORT_SHUTDOWN);
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the media socket", e);
        }
        scheduler.shutdownNow();
        ioPool.shutdown();
        try {
            receiver.join(2000);
            if (!ioPool.awaitTermination(2, TimeUnit.SECONDS)) {
                ioPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ioPool.shutdownNow();
        }
    }

    // --- the packet path --------------------------------------------------------------------------

    private void receiveLoop() {
        byte[] buf = new byte[RECEIVE_BUFFER];
        ByteBuffer in = ByteBuffer.wrap(buf);
        byte[] out = new byte[512];
        ByteBuffer reply = ByteBuffer.wrap(out);
        while (running) {
            in.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) channel.receive(in);
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException e) {
                if (running) {
                    LOG.log(Level.WARNING, "media socket receive failed", e);
                }
                continue;
            }
            if (from == null) {
                continue;
            }
            counters.datagrams.increment();
            try {
                dispatch(buf, in.position(), from, out, reply);
            } catch (RuntimeException e) {
                counters.handlerErrors.increment();
                LOG.log(Level.WARNING, "media packet handler failed", e);
            }
        }
    }

    private void dispatch(byte[] buf, int len, InetSocketAddress from, byte[] out, ByteBuffer reply) {
        PacketKind kind = PacketKind.of(buf, 0, len);
        switch (kind) {
            case STUN -> {
                int n = agent.process(buf, 0, len, from, out, 0);
                if (n > 0) {
                    reply.clear().limit(n);
                    try {
                        channel.send(reply, from);
                    } catch (IOException e) {
                        sendErrors.increment();
                    }
                }
            }
            case DTLS -> {
                TransportSession s = sessionAt(from);
                if (s == null) {
                    counters.unknownSource.increment();
                } else {
                    counters.dtls.increment();
                    s.onDtls(buf, 0, len);
                }
            }
            case RTP, RTCP -> {
                TransportSession s = sessionAt(from);
                if (s == null) {
                    counters.unknownSource.increment();
                } else if (len < MIN_MEDIA_LENGTH) {
                    counters.unclassified.increment();
                } else if (kind == PacketKind.RTCP) {
                    counters.rtcp.increment();
                    s.mediaHandler().onRtcp(buf, 0, len);
                } else {
                    counters.rtp.increment();
                    s.mediaHandler().onRtp(buf, 0, len);
                }
            }
            default -> counters.unclassified.increment();
        }
    }

    /** The live session that validated {@code from}; a mapping left by a session closing concurrently is removed. */
    private TransportSession sessionAt(InetSocketAddress from) {
        TransportSession s = byAddress.get(from);
        if (s != null && s.isClosed()) {
            byAddress.remove(from, s);
            return null;
        }
        return s;
    }

    /** Sends one datagram; thread-safe (the channel serialises writers). */
    boolean sendTo(byte[] buf, int off, int len, InetSocketAddress to) {
        ByteBuffer bb;
        if (len <= SEND_BUFFER) {
            bb = SEND_BUFFERS.get();
            bb.clear();
            bb.put(buf, off, len).flip();
        } else {
            bb = ByteBuffer.wrap(buf, off, len);
        }
        try {
            return channel.send(bb, to) == len;
        } catch (IOException e) {
            sendErrors.increment();
            return false;
        }
    }

    /** Removes a closing session from the registries (ICE ufrag, remote addresses). */
    void forget(TransportSession session) {
        IceSession ice = session.ice();
        agent.remove(ice);
        sessions.remove(ice.localCredentials().ufrag(), session);
        for (InetSocketAddress a : ice.validAddresses()) {
            byAddress.remove(a, session);
        }
    }

    /** Runs a listener callback on the I/O pool (inline once the pool is gone). */
    void callback(Runnable callback) {
        Runnable guarded = () -> {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "transport listener failed", e);
            }
        };
        try {
            ioPool.execute(guarded);
        } catch (RejectedExecutionException e) {
            guarded.run();
        }
    }

    private void expireSilentSessions() {
        for (IceSession expired : agent.expireSilent(config.consentTimeout())) {
            TransportSession s = sessions.get(expired.localCredentials().ufrag());
            if (s != null) {
                s.closeWith(CloseReason.CONSENT_EXPIRED);
            }
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
