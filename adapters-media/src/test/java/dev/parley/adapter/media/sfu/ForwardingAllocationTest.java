package dev.parley.adapter.media.sfu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.media.rtp.RtpPacket;
import dev.parley.adapter.media.sdp.ChromeOffers;
import dev.parley.adapter.media.srtp.SrtpContext;
import dev.parley.adapter.media.srtp.SrtpKeyMaterial;
import dev.parley.adapter.media.srtp.SrtpProfile;
import dev.parley.domain.grant.TrackSource;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the forwarding path allocates per packet in steady state, measured with HotSpot's
 * per-thread allocation counter: decrypt with the publisher's context, copy, rewrite, re-encrypt
 * with the subscriber's context and hand to the transport (here a sink that keeps nothing).
 * The SFU's own code must allocate nothing: the test compares the path with the same SRTP
 * unprotect and protect calls made alone, which allocate what the JCE allocates per call (the
 * SRTP package's concern, not the SFU's; both figures are printed).
 */
class ForwardingAllocationTest {

    private static final int VIDEO_SSRC = ChromeOffers.publishedSsrc("video");

    /** A transport that drops what it is given. */
    private static final class Sink extends AbstractSink {
        Sink(dev.parley.adapter.media.transport.TransportListener l) {
            super(l);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SrtpProfile.class, names = {"AEAD_AES_128_GCM", "AES128_CM_HMAC_SHA1_80"})
    void forwardingAPacketAllocatesNothingBeyondWhatSrtpItselfAllocates(SrtpProfile profile) {
        Sfu sfu = new Sfu((listener, packets) -> new Sink(listener));
        SfuParticipant alice = sfu.join("r", "alice", new RoomListener() {
            @Override
            public void onTrackPublished(TrackInfo track) {
            }

            @Override
            public void onTrackUnpublished(TrackInfo track) {
            }
        });
        Publication v = alice.approvePublication(ChromeOffers.publishedTrackId("video"), "video", TrackSource.CAMERA);
        alice.negotiate("pub", ChromeOffers.publish(), PeerEvents.NONE);
        alice.subscribe(List.of(v.sid()));
        alice.negotiate("sub", ChromeOffers.subscribe(), PeerEvents.NONE);
        PeerSession pub = alice.peer("pub").orElseThrow();
        PeerSession sub = alice.peer("sub").orElseThrow();
        SrtpContext browserSend = connect(pub, profile);
        connect(sub, profile);

        int packets = 20_000;
        byte[][] protectedPackets = new byte[packets][];
        int[] lengths = new int[packets];
        byte[] payload = new byte[1100];
        new SecureRandom().nextBytes(payload);
        for (int i = 0; i < packets; i++) {
            byte[] b = new byte[1300];
            RtpPacket.writeFixedHeader(b, 0, false, 96, i & 0xFFFF, 3000L * i, VIDEO_SSRC);
            System.arraycopy(payload, 0, b, 12, payload.length);
            lengths[i] = browserSend.protectRtp(b, 0, 12 + payload.length);
            protectedPackets[i] = b;
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int i = 0; i < packets / 2; i++) {
            pub.onRtp(protectedPackets[i], 0, lengths[i]);
        }
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = packets / 2; i < packets; i++) {
            pub.onRtp(protectedPackets[i], 0, lengths[i]);
        }
        long perPacket = (mx.getThreadAllocatedBytes(tid) - before) / (packets / 2);
        long cryptoOnly = cryptoAllocation(profile, payload, mx, tid);
        System.out.printf("forwarding one 1,112-byte RTP packet (%s) allocates %d bytes; SRTP unprotect + protect alone %d bytes%n",
                profile, perPacket, cryptoOnly);
        assertThat(sfu.stats().rtpForwarded()).isEqualTo(packets);
        // The JIT makes the JCE's own figure wander by a few dozen bytes between runs; a copy of the
        // packet (the regression this catches) would add over 1,100.
        assertThat(perPacket - cryptoOnly).as("what the SFU adds to SRTP's own allocation, per packet").isLessThan(256);
    }

    /** Bytes one unprotect (receiving context) plus one protect (sending context) allocate, the SFU left out. */
    private static long cryptoAllocation(SrtpProfile profile, byte[] payload, com.sun.management.ThreadMXBean mx, long tid) {
        byte[] export = new byte[profile.keyingMaterialLength()];
        new SecureRandom().nextBytes(export);
        SrtpKeyMaterial a = SrtpKeyMaterial.fromDtlsExport(profile, export.clone(), false);
        SrtpKeyMaterial b = SrtpKeyMaterial.fromDtlsExport(profile, export, true);
        SrtpContext send = a.newSendingContext();
        SrtpContext recv = b.newReceivingContext();
        SrtpContext resend = b.newSendingContext();
        byte[] buf = new byte[1300];
        long total = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            RtpPacket.writeFixedHeader(buf, 0, false, 96, i & 0xFFFF, 3000L * i, 1234);
            System.arraycopy(payload, 0, buf, 12, payload.length);
            int len = send.protectRtp(buf, 0, 12 + payload.length);
            long before = mx.getThreadAllocatedBytes(tid);
            int plain = recv.unprotectRtp(buf, 0, len);
            resend.protectRtp(buf, 0, plain);
            if (i >= n / 2) {
                total += mx.getThreadAllocatedBytes(tid) - before;
            }
        }
        return total / (n / 2);
    }

    private static SrtpContext connect(PeerSession peer, SrtpProfile profile) {
        byte[] export = new byte[profile.keyingMaterialLength()];
        new SecureRandom().nextBytes(export);
        SrtpKeyMaterial client = SrtpKeyMaterial.fromDtlsExport(profile, export.clone(), false);
        peer.onConnected(profile.protectionProfileId(), export);
        return client.newSendingContext();
    }
}
