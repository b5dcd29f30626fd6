package dev.parley.adapter.media.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.media.dtls.CertificateFingerprint;
import dev.parley.adapter.media.dtls.DtlsCertificate;
import dev.parley.adapter.media.dtls.DtlsTestClient;
import dev.parley.adapter.media.dtls.DtlsSrtpProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.UDPTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DTLS-SRTP over real UDP on loopback: a Bouncy Castle DTLS client plays the browser after a
 * nominating ICE check, against the transport's DTLS server (RFC 5763, RFC 5764).
 */
class TransportDtlsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int CM_80 = DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80.id();
    private static final int GCM_128 = DtlsSrtpProfile.AEAD_AES_128_GCM.id();
    private static final int GCM_256 = DtlsSrtpProfile.AEAD_AES_256_GCM.id();

    private MediaTransport transport;
    private final ExecutorService background = Executors.newCachedThreadPool();

    private MediaTransport start(TransportConfig config) throws IOException {
        transport = MediaTransport.start(config.withBind(InetAddress.getLoopbackAddress(), 0)
                .withAdvertisedAddresses(List.of(InetAddress.getLoopbackAddress())));
        return transport;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (transport != null) {
            transport.close();
        }
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aeadAes128GcmIsPreferredAndBothSidesExportTheSameKeys() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            // Chrome's offer order: CM-80 first, GCM-256, GCM-128; the server's preference decides
            DtlsTestClient.Result client = peer.dtls(session.localFingerprint(), CM_80, GCM_256, GCM_128);

            RecordingListener.Connected server = listener.awaitConnected(WAIT);
            assertThat(server.profileId()).isEqualTo(GCM_128).isEqualTo(client.profileId());
            assertThat(server.keys()).hasSize(56).isEqualTo(client.keyingMaterial());
            assertThat(session.isConnected()).isTrue();
        }
    }

    @Test
    void aes128CmHmacSha1_80IsNegotiatedWhenTheServerIsLimitedToIt() throws Exception {
        start(TransportConfig.defaults().withSrtpProfiles(List.of(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80)));
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            DtlsTestClient.Result client = peer.dtls(session.localFingerprint(), CM_80, GCM_256, GCM_128);

            RecordingListener.Connected server = listener.awaitConnected(WAIT);
            assertThat(server.profileId()).isEqualTo(CM_80).isEqualTo(client.profileId());
            assertThat(server.keys()).hasSize(60).isEqualTo(client.keyingMaterial());
        }
    }

    @Test
    void aes128CmHmacSha1_80IsNegotiatedWhenTheClientOffersOnlyIt() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            DtlsTestClient.Result client = peer.dtls(session.localFingerprint(), CM_80);

            assertThat(listener.awaitConnected(WAIT).keys()).hasSize(60).isEqualTo(client.keyingMaterial());
        }
    }

    @Test
    void aeadAes256GcmIsNegotiatedWhenConfigured() throws Exception {
        start(TransportConfig.defaults().withSrtpProfiles(List.of(DtlsSrtpProfile.AEAD_AES_256_GCM, DtlsSrtpProfile.AEAD_AES_128_GCM)));
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            DtlsTestClient.Result client = peer.dtls(session.localFingerprint(), CM_80, GCM_256, GCM_128);

            RecordingListener.Connected server = listener.awaitConnected(WAIT);
            assertThat(server.profileId()).isEqualTo(GCM_256).isEqualTo(client.profileId());
            assertThat(server.keys()).hasSize(88).isEqualTo(client.keyingMaterial());
        }
    }

    @Test
    void handshakeIsRefusedWhenThePeerCertificateDoesNotMatchItsSdpFingerprint() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            CertificateFingerprint someoneElse = DtlsCertificate.generate(new SecureRandom(), Instant.now(), Duration.ofDays(1)).fingerprint();
            session.setRemoteDescription(RemoteDescription.of(peer.ice.ufrag(), peer.ice.pwd(), someoneElse));
            peer.nominate(session.localIce());

            assertThatThrownBy(() -> peer.dtls(session.localFingerprint(), GCM_128)).isInstanceOf(IOException.class);
            assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.DTLS_FINGERPRINT_MISMATCH);
            assertThat(listener.connected).isNotDone();
        }
    }

    @Test
    void clientOfferingNoAcceptedSrtpProfileIsRefused() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());

            assertThatThrownBy(() -> peer.dtls(session.localFingerprint(), GCM_256)).isInstanceOf(IOException.class);
            assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.DTLS_NO_SRTP_PROFILE);
        }
    }

    @Test
    void peerFingerprintArrivingAfterTheClientCertificateStillConnects() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            peer.nominate(session.localIce());
            CompletableFuture<DtlsTestClient.Result> client = CompletableFuture.supplyAsync(() -> {
                try {
                    return peer.dtls(session.localFingerprint(), GCM_128);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, background);
            Thread.sleep(300);
            assertThat(listener.connected).isNotDone();
            session.setRemoteDescription(peer.description());

            assertThat(listener.awaitConnected(WAIT).keys()).isEqualTo(client.get(10, TimeUnit.SECONDS).keyingMaterial());
        }
    }

    @Test
    void stalledHandshakeTimesOut() throws Exception {
        start(TransportConfig.defaults().withHandshakeTimeout(Duration.ofMillis(500)));
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            startStalledHandshake(peer, session.localFingerprint());

            assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.DTLS_TIMEOUT);
            assertThat(listener.connected).isNotDone();
        }
    }

    @Test
    void stalledHandshakeOfOneSessionDoesNotBlockRtpOfAnother() throws Exception {
        start(TransportConfig.defaults().withIoThreads(1));
        RecordingMediaHandler mediaA = new RecordingMediaHandler();
        RecordingListener listenerA = new RecordingListener();
        RecordingListener listenerB = new RecordingListener();
        TransportSession a = transport.createSession(listenerA, mediaA);
        TransportSession b = transport.createSession(listenerB);
        try (LoopbackPeer peerA = new LoopbackPeer(transport.localAddress());
                LoopbackPeer peerB = new LoopbackPeer(transport.localAddress())) {
            a.setRemoteDescription(peerA.description());
            b.setRemoteDescription(peerB.description());
            peerA.nominate(a.localIce());
            peerB.nominate(b.localIce());
            peerA.dtls(a.localFingerprint(), GCM_128);
            listenerA.awaitConnected(WAIT);

            // B's handshake now holds the only I/O thread, waiting for a client flight that never comes
            startStalledHandshake(peerB, b.localFingerprint());
            assertThat(Eventually.holds(() -> transport.stats().dtlsDatagrams() >= 3, WAIT)).isTrue();

            for (int i = 0; i < 200; i++) {
                peerA.send(LoopbackPeer.rtp(i, 0xA));
            }
            assertThat(Eventually.holds(() -> mediaA.rtp.size() == 200, Duration.ofSeconds(2))).isTrue();
            assertThat(b.isConnected()).isFalse();
            assertThat(listenerB.closed).isNotDone();
        }
    }

    @Test
    void peerCloseNotifyClosesTheSession() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            DtlsTestClient.Result client = peer.dtls(session.localFingerprint(), GCM_128);
            listener.awaitConnected(WAIT);
            client.transport().close();

            assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.PEER_CLOSED);
            assertThat(listener.events).containsExactly("connected", "closed PEER_CLOSED");
        }
    }

    @Test
    void dtlsFromAnUnvalidatedAddressStartsNoHandshake() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            startStalledHandshake(peer, session.localFingerprint());

            assertThat(Eventually.holds(() -> transport.stats().unknownSourceDropped() >= 1, WAIT)).isTrue();
            assertThat(transport.stats().dtlsDatagrams()).isZero();
            assertThat(peer.receive(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void applicationCloseAfterConnectCallsOnClosedAfterOnConnected() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            peer.dtls(session.localFingerprint(), GCM_128);
            listener.awaitConnected(WAIT);
            session.close();

            assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.CLOSED_BY_APPLICATION);
            assertThat(listener.events).containsExactly("connected", "closed CLOSED_BY_APPLICATION");
            assertThat(session.isConnected()).isFalse();
        }
    }

    @Test
    void closingTheTransportStopsEveryThreadItStarted() throws Exception {
        start(TransportConfig.defaults());
        RecordingListener listener = new RecordingListener();
        TransportSession session = transport.createSession(listener);
        try (LoopbackPeer peer = new LoopbackPeer(transport.localAddress())) {
            session.setRemoteDescription(peer.description());
            peer.nominate(session.localIce());
            peer.dtls(session.localFingerprint(), GCM_128);
            listener.awaitConnected(WAIT);
            assertThat(mediaThreads()).isPositive();
            transport.close();

            assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.TRANSPORT_SHUTDOWN);
            assertThat(Eventually.holds(() -> mediaThreads() == 0, WAIT)).isTrue();
        }
    }

    private static long mediaThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith("parley-media-")).count();
    }

    /** A client that sends its ClientHello (and retransmissions) but never sees the server's flight. */
    private void startStalledHandshake(LoopbackPeer peer, CertificateFingerprint server) throws IOException {
        DatagramTransport deaf = new UDPTransport(peer.socket, 1500) {
            @Override
            public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
                super.receive(buf, off, len, waitMillis);
                return -1;
            }
        };
        background.execute(() -> {
            try {
                DtlsTestClient.connect(deaf, peer.certificate, server, 20_000, GCM_128);
            } catch (IOException expected) {
                // the socket is closed when the test ends
            }
        });
    }
}
