package dev.parley.adapter.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.media.ice.BindingRequest;
import dev.parley.adapter.media.ice.IceDropReason;
import dev.parley.adapter.media.stun.StunMessage;
import dev.parley.adapter.media.stun.StunMessageType;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ICE-lite over real UDP on loopback: a Java peer sends connectivity checks to the transport's one port. */
class TransportIceTest {

    private static final Duration NO_ANSWER_WAIT = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private MediaTransport transport;
    private LoopbackPeer peer;

    @BeforeEach
    void start() throws Exception {
        transport = MediaTransport.start(TransportConfig.defaults()
                .withBind(InetAddress.getLoopbackAddress(), 0)
                .withAdvertisedAddresses(List.of(InetAddress.getLoopbackAddress()))
                .withConsentTimeout(Duration.ofMillis(400)));
        peer = new LoopbackPeer(transport.localAddress());
    }

    @AfterEach
    void stop() {
        peer.close();
        transport.close();
    }

    @Test
    void advertisesOneLoopbackHostCandidateOnTheBoundPort() {
        assertThat(transport.localCandidates()).hasSize(1);
        assertThat(transport.localCandidates().get(0).sdpValue())
                .isEqualTo("1 1 udp 2130706431 127.0.0.1 " + transport.localAddress().getPort() + " typ host");
    }

    @Test
    void bindingRequestGetsSuccessWithTheSendersAddressAndValidIntegrityAndFingerprint() throws Exception {
        TransportSession session = transport.createSession(new RecordingListener());
        StunMessage response = peer.check(session.localIce(), r -> r, WAIT);

        assertThat(response).isNotNull();
        assertThat(response.type()).isEqualTo(StunMessageType.BINDING_SUCCESS);
        assertThat(response.xorMappedAddress()).isEqualTo(peer.address());
        assertThat(response.verifyMessageIntegrity(session.localIce().integrityKey())).isTrue();
        assertThat(response.verifyFingerprint()).isTrue();
        assertThat(session.remoteAddress()).isEqualTo(peer.address());
        assertThat(transport.stats().stunRequestsAnswered()).isEqualTo(1);
    }

    @Test
    void bindingRequestWithUnknownUfragIsDropped() throws Exception {
        TransportSession session = transport.createSession(new RecordingListener());
        StunMessage response = peer.check(session.localIce(), r -> r.username("unknown1:" + peer.ice.ufrag()), NO_ANSWER_WAIT);

        assertThat(response).isNull();
        assertThat(transport.stunDropped(IceDropReason.UNKNOWN_UFRAG)).isEqualTo(1);
        assertThat(session.remoteAddress()).isNull();
    }

    @Test
    void bindingRequestWithWrongIntegrityIsDropped() throws Exception {
        TransportSession session = transport.createSession(new RecordingListener());
        StunMessage response = peer.check(session.localIce(), r -> r.signedWith(peer.ice.pwd()), NO_ANSWER_WAIT);

        assertThat(response).isNull();
        assertThat(transport.stunDropped(IceDropReason.BAD_INTEGRITY)).isEqualTo(1);
        assertThat(session.remoteAddress()).isNull();
    }

    @Test
    void bindingRequestWithBadFingerprintIsDropped() throws Exception {
        TransportSession session = transport.createSession(new RecordingListener());
        byte[] request = BindingRequest.to(session.localIce(), peer.ice.ufrag()).encode();
        request[request.length - 2] ^= 0x10;
        peer.send(request);

        assertThat(Eventually.holds(() -> transport.stunDropped(IceDropReason.BAD_FINGERPRINT) == 1, WAIT)).isTrue();
        assertThat(peer.receive(NO_ANSWER_WAIT)).isNull();
        assertThat(session.remoteAddress()).isNull();
    }

    @Test
    void bindingRequestWithAnotherPeersUfragIsDroppedOnceTheRemoteDescriptionIsSet() throws Exception {
        TransportSession session = transport.createSession(new RecordingListener());
        session.setRemoteDescription(peer.description());
        StunMessage response = peer.check(session.localIce(), r -> r.username(session.localIce().ufrag() + ":someone"), NO_ANSWER_WAIT);

        assertThat(response).isNull();
        assertThat(transport.stunDropped(IceDropReason.REMOTE_UFRAG_MISMATCH)).isEqualTo(1);
    }

    @Test
    void silentSessionIsClosedWhenConsentExpiresWhileACheckingOneStays() throws Exception {
        RecordingListener silentListener = new RecordingListener();
        RecordingListener talkingListener = new RecordingListener();
        TransportSession silent = transport.createSession(silentListener);
        TransportSession talking = transport.createSession(talkingListener);
        try (LoopbackPeer other = new LoopbackPeer(transport.localAddress())) {
            peer.nominate(silent.localIce());
            long until = System.nanoTime() + Duration.ofMillis(1200).toNanos();
            while (System.nanoTime() < until) {
                other.nominate(talking.localIce());
                Thread.sleep(50);
            }
        }
        assertThat(silentListener.awaitClosed(WAIT)).isEqualTo(CloseReason.CONSENT_EXPIRED);
        assertThat(silent.isClosed()).isTrue();
        assertThat(talking.isClosed()).isFalse();
        assertThat(talkingListener.closed).isNotDone();
        // the expired session is forgotten: its checks are no longer answered
        assertThat(peer.check(silent.localIce(), r -> r, NO_ANSWER_WAIT)).isNull();
    }

    @Test
    void twoSessionsOnTheSamePortAreKeptApart() throws Exception {
        RecordingMediaHandler mediaA = new RecordingMediaHandler();
        RecordingMediaHandler mediaB = new RecordingMediaHandler();
        TransportSession a = transport.createSession(new RecordingListener(), mediaA);
        TransportSession b = transport.createSession(new RecordingListener(), mediaB);
        try (LoopbackPeer peerB = new LoopbackPeer(transport.localAddress())) {
            a.setRemoteDescription(peer.description());
            b.setRemoteDescription(peerB.description());
            peer.nominate(a.localIce());
            peerB.nominate(b.localIce());
            // peer A cannot claim B's session: its check for B's ufrag is signed with A's credentials
            assertThat(peer.check(b.localIce(), r -> r.username(b.localIce().ufrag() + ":" + peer.ice.ufrag())
                    .signedWith(a.localIce().pwd()), NO_ANSWER_WAIT)).isNull();

            for (int i = 0; i < 10; i++) {
                peer.send(LoopbackPeer.rtp(i, 0xAAAA));
                peerB.send(LoopbackPeer.rtp(i, 0xBBBB));
            }
            peer.send(LoopbackPeer.rtcp());
            assertThat(Eventually.holds(() -> mediaA.rtp.size() == 10 && mediaB.rtp.size() == 10 && mediaA.rtcp.size() == 1, WAIT)).isTrue();
            assertThat(mediaA.rtp).allSatisfy(p -> assertThat(p[11] & 0xFF).isEqualTo(0xAA));
            assertThat(mediaB.rtp).allSatisfy(p -> assertThat(p[11] & 0xFF).isEqualTo(0xBB));
            assertThat(mediaB.rtcp).isEmpty();

            assertThat(a.remoteAddress()).isEqualTo(peer.address());
            assertThat(b.remoteAddress()).isEqualTo(peerB.address());
            byte[] toB = LoopbackPeer.rtp(7, 0xB0B0);
            assertThat(b.send(toB, 0, toB.length)).isTrue();
            assertThat(peerB.receive(WAIT)).isEqualTo(toB);
            assertThat(peer.receive(NO_ANSWER_WAIT)).isNull();
        }
    }

    @Test
    void mediaFromAnAddressNoCheckValidatedIsDropped() throws Exception {
        RecordingMediaHandler media = new RecordingMediaHandler();
        TransportSession session = transport.createSession(new RecordingListener(), media);
        peer.send(LoopbackPeer.rtp(1, 1));
        peer.send(new byte[] {22, (byte) 0xfe, (byte) 0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

        assertThat(Eventually.holds(() -> transport.stats().unknownSourceDropped() == 2, WAIT)).isTrue();
        assertThat(media.rtp).isEmpty();
        assertThat(session.send(new byte[12], 0, 12)).isFalse();
    }

    @Test
    void closedSessionStopsAnsweringAndDeliveringMedia() throws Exception {
        RecordingListener listener = new RecordingListener();
        RecordingMediaHandler media = new RecordingMediaHandler();
        TransportSession session = transport.createSession(listener, media);
        peer.nominate(session.localIce());
        session.close();

        assertThat(listener.awaitClosed(WAIT)).isEqualTo(CloseReason.CLOSED_BY_APPLICATION);
        assertThat(peer.check(session.localIce(), r -> r, NO_ANSWER_WAIT)).isNull();
        peer.send(LoopbackPeer.rtp(1, 1));
        assertThat(Eventually.holds(() -> transport.stats().unknownSourceDropped() == 1, WAIT)).isTrue();
        assertThat(media.rtp).isEmpty();
        assertThat(session.send(new byte[12], 0, 12)).isFalse();
        assertThat(transport.stats().sessions()).isZero();
    }

    @Test
    void closingTheTransportClosesEverySession() throws Exception {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        transport.createSession(first);
        transport.createSession(second);
        transport.close();

        assertThat(first.awaitClosed(WAIT)).isEqualTo(CloseReason.TRANSPORT_SHUTDOWN);
        assertThat(second.awaitClosed(WAIT)).isEqualTo(CloseReason.TRANSPORT_SHUTDOWN);
    }
}
