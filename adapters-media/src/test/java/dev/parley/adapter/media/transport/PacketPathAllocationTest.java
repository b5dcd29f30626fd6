package dev.parley.adapter.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The steady-state RTP paths allocate nothing per packet: the receive thread's allocated bytes
 * (HotSpot's per-thread counter) do not move while thousands of packets from a validated peer reach
 * the media handler, nor do a sender's while it sends thousands through {@link TransportSession#send}.
 */
class PacketPathAllocationTest {

    private static final int BATCH = 200;

    @Test
    void steadyStateRtpReceiveAllocatesNothingPerPacket() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicInteger received = new AtomicInteger();
        MediaPacketHandler counting = new MediaPacketHandler() {
            @Override
            public void onRtp(byte[] buf, int off, int len) {
                received.incrementAndGet();
            }

            @Override
            public void onRtcp(byte[] buf, int off, int len) {
                received.incrementAndGet();
            }
        };
        try (MediaTransport transport = MediaTransport.start(TransportConfig.defaults()
                .withBind(InetAddress.getLoopbackAddress(), 0).withAdvertisedAddresses(List.of(InetAddress.getLoopbackAddress())));
                LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            TransportSession session = transport.createSession(new RecordingListener(), counting);
            peer.nominate(session.localIce());
            byte[] packet = LoopbackPeer.rtp(1, 42);

            sendAndAwait(peer, packet, received, 20_000); // warm-up: JIT compiles the path
            long before = threads.getThreadAllocatedBytes(transport.receiveThreadId());
            int start = received.get();
            sendAndAwait(peer, packet, received, 20_000);
            long allocated = threads.getThreadAllocatedBytes(transport.receiveThreadId()) - before;
            int packets = received.get() - start;

            assertThat(packets).isGreaterThanOrEqualTo(20_000);
            assertThat((double) allocated / packets).as("bytes allocated per RTP packet (%d bytes for %d packets)", allocated, packets)
                    .isLessThan(1.0);
        }
    }

    @Test
    void sendingRtpAllocatesNothingPerPacket() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (MediaTransport transport = MediaTransport.start(TransportConfig.defaults()
                .withBind(InetAddress.getLoopbackAddress(), 0).withAdvertisedAddresses(List.of(InetAddress.getLoopbackAddress())));
                LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            TransportSession session = transport.createSession(new RecordingListener());
            peer.nominate(session.localIce());
            byte[] packet = LoopbackPeer.rtp(1, 42);
            for (int i = 0; i < 20_000; i++) {
                session.send(packet, 0, packet.length); // warm-up
            }
            long self = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(self);
            int sent = 0;
            for (int i = 0; i < 20_000; i++) {
                sent += session.send(packet, 0, packet.length) ? 1 : 0;
            }
            long allocated = threads.getThreadAllocatedBytes(self) - before;

            assertThat(sent).isEqualTo(20_000);
            assertThat((double) allocated / sent).as("bytes allocated per send (%d bytes for %d packets)", allocated, sent)
                    .isLessThan(1.0);
        }
    }

    private static void sendAndAwait(LoopbackPeer peer, byte[] packet, AtomicInteger received, int count) throws Exception {
        int target = received.get();
        for (int sent = 0; sent < count; sent += BATCH) {
            for (int i = 0; i < BATCH; i++) {
                peer.send(packet);
            }
            target += BATCH;
            int expected = target;
            // loopback does not lose packets unless the socket buffer overflows; batches keep it from doing so
            if (!Eventually.holds(() -> received.get() >= expected, Duration.ofSeconds(5))) {
                target = received.get();
            }
        }
    }
}
