package dev.parley.adapter.media.sfu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.media.rtp.RtcpWriter;
import dev.parley.adapter.media.rtp.RtpPacket;
import dev.parley.adapter.media.rtp.RtpValidity;
import dev.parley.adapter.media.sdp.ChromeOffers;
import dev.parley.adapter.media.sdp.Direction;
import dev.parley.adapter.media.sdp.ExtMap;
import dev.parley.adapter.media.sdp.MediaDescription;
import dev.parley.adapter.media.sdp.SdpParser;
import dev.parley.adapter.media.sdp.SessionDescription;
import dev.parley.adapter.media.srtp.SrtpContext;
import dev.parley.adapter.media.srtp.SrtpKeyMaterial;
import dev.parley.adapter.media.srtp.SrtpProfile;
import dev.parley.domain.grant.TrackSource;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The SFU's packet path with real SRTP on both sides: a "browser" protects with the client keys of
 * a DTLS export, the SFU decrypts with its server-side contexts, rewrites, re-encrypts for the
 * subscriber, and the subscriber's "browser" must be able to decrypt what comes out. Chrome's real
 * offers drive the negotiation. Only the socket is replaced (by {@link CapturingPeerTransport}).
 */
class SfuForwardingTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SdpParser PARSER = SdpParser.withDefaults();
    private static final String AUDIO_TRACK = ChromeOffers.publishedTrackId("audio");
    private static final String VIDEO_TRACK = ChromeOffers.publishedTrackId("video");
    private static final int AUDIO_SSRC = ChromeOffers.publishedSsrc("audio");
    private static final int VIDEO_SSRC = ChromeOffers.publishedSsrc("video");

    private final List<CapturingPeerTransport> transports = new ArrayList<>();
    private final Sfu sfu = new Sfu((listener, packets) -> {
        CapturingPeerTransport t = new CapturingPeerTransport(listener);
        transports.add(t);
        return t;
    });
    private final List<String> events = new ArrayList<>();
    private final RoomListener roomEvents = new RoomListener() {
        @Override
        public void onTrackPublished(TrackInfo track) {
            events.add("published " + track.kind());
        }

        @Override
        public void onTrackUnpublished(TrackInfo track) {
            events.add("unpublished " + track.kind());
        }
    };

    /** One side of a DTLS-SRTP association as the browser (the DTLS client) holds it. */
    private record Browser(SrtpContext send, SrtpContext receive) {
        static Browser connect(PeerSession peer, SrtpProfile profile) {
            byte[] export = new byte[profile.keyingMaterialLength()];
            RANDOM.nextBytes(export);
            SrtpKeyMaterial client = SrtpKeyMaterial.fromDtlsExport(profile, export.clone(), false);
            peer.onConnected(profile.protectionProfileId(), export);
            assertThat(export).as("the export is wiped once the contexts are built").containsOnly(0);
            return new Browser(client.newSendingContext(), client.newReceivingContext());
        }
    }

    /** Chrome's recvonly offer with VP8 renumbered to 125 and video orientation to id 9. */
    private static String subscriberOfferWithOtherNumbers() {
        return ChromeOffers.subscribe().lines().map(l -> {
            if (l.startsWith("m=video")) {
                return l.replace(" 96 ", " 125 ");
            }
            if (l.startsWith("a=rtpmap:96 ") || l.startsWith("a=rtcp-fb:96 ")) {
                return l.replace(":96 ", ":125 ");
            }
            if (l.equals("a=fmtp:97 apt=96")) {
                return "a=fmtp:97 apt=125";
            }
            return l.replace("a=extmap:13 urn:3gpp:video-orientation", "a=extmap:9 urn:3gpp:video-orientation");
        }).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private SfuParticipant alice;
    private PeerSession pub;
    private PeerSession sub;
    private Negotiation subAnswer;

    private void publishAndSubscribeToOwnTracks() {
        alice = sfu.join("room-a", "alice", roomEvents);
        Publication a = alice.approvePublication(AUDIO_TRACK, "audio", TrackSource.MICROPHONE);
        Publication v = alice.approvePublication(VIDEO_TRACK, "video", TrackSource.CAMERA);
        Negotiation pubAnswer = alice.negotiate("pub", ChromeOffers.publish(), PeerEvents.NONE);
        assertThat(pubAnswer.tracks()).extracting(Negotiation.Binding::direction).containsExactly("publish", "publish");
        alice.subscribe(List.of(a.sid(), v.sid()));
        subAnswer = alice.negotiate("sub", subscriberOfferWithOtherNumbers(), PeerEvents.NONE);
        pub = alice.peer("pub").orElseThrow();
        sub = alice.peer("sub").orElseThrow();
    }

    private static byte[] videoPacket(int seq, byte[] payload) {
        byte[] ext = {(byte) 0xBE, (byte) 0xDE, 0, 2,
                0x40, '1',                    // sdes:mid (id 4) = "1"
                (byte) 0xD0, 0x01,            // video-orientation (id 13), 1 byte
                (byte) 0xE2, 0, 0, 5};        // toffset (id 14), 3 bytes: not negotiated
        byte[] buf = new byte[12 + ext.length + payload.length + 64];
        RtpPacket.writeFixedHeader(buf, 0, true, 96, seq, 90_000L * seq, VIDEO_SSRC);
        buf[0] |= 0x10;
        System.arraycopy(ext, 0, buf, 12, ext.length);
        System.arraycopy(payload, 0, buf, 12 + ext.length, payload.length);
        return buf;
    }

    private static int len(byte[] payload) {
        return 12 + 12 + payload.length;
    }

    @ParameterizedTest
    @EnumSource(value = SrtpProfile.class, names = {"AEAD_AES_128_GCM", "AES128_CM_HMAC_SHA1_80"})
    void forwardsPublishedRtpWithTheSubscribersPayloadTypeAndExtensionIdsAndAnUntouchedPayload(SrtpProfile profile) {
        publishAndSubscribeToOwnTracks();
        Browser publisher = Browser.connect(pub, profile);
        Browser subscriber = Browser.connect(sub, profile);
        CapturingPeerTransport toSubscriber = transports.get(1);
        toSubscriber.sent.clear();

        byte[] payload = new byte[900];
        RANDOM.nextBytes(payload);
        byte[] pkt = videoPacket(1000, payload);
        int n = publisher.send().protectRtp(pkt, 0, len(payload));
        assertThat(n).isPositive();
        pub.onRtp(pkt, 0, n);

        assertThat(toSubscriber.sent).hasSize(1);
        byte[] out = toSubscriber.sent.poll();
        int plain = subscriber.receive().unprotectRtp(out, 0, out.length);
        assertThat(plain).as("the subscriber's browser decrypts it").isEqualTo(len(payload));
        RtpPacket p = new RtpPacket();
        assertThat(p.wrap(out, 0, plain)).isEqualTo(RtpValidity.VALID);
        assertThat(p.payloadType()).as("VP8 under the subscriber's number").isEqualTo(125);
        assertThat(p.marker()).isTrue();
        assertThat(p.ssrc()).isEqualTo(VIDEO_SSRC);
        assertThat(p.sequenceNumber()).isEqualTo(1000);
        assertThat(Arrays.copyOfRange(out, p.payloadOffset(), p.payloadOffset() + p.payloadLength()))
                .as("the payload is never touched (E2EE-safe)").isEqualTo(payload);
        assertThat(p.findExtension(9)).as("video orientation renumbered 13 -> 9").isNotNegative();
        assertThat(out[p.extensionDataOffset(p.findExtension(9))]).isEqualTo((byte) 0x01);
        assertThat(p.findExtension(4)).as("the publisher's mid is not forwarded").isNegative();
        assertThat(p.findExtension(14)).as("an extension never negotiated is stripped").isNegative();
        assertThat(p.findExtension(13)).isNegative();
        assertThat(sfu.stats().rtpForwarded()).isEqualTo(1);
    }

    @Test
    void answersPublishSectionsRecvonlyAndSubscribeSectionsSendonlyWithThePublishersSsrc() {
        publishAndSubscribeToOwnTracks();
        SessionDescription answer = PARSER.parse(subAnswer.answerSdp());
        MediaDescription video = answer.section("1").orElseThrow();
        assertThat(video.direction()).isEqualTo(Direction.SENDONLY);
        assertThat(video.ssrcs()).containsExactly((long) VIDEO_SSRC & 0xFFFFFFFFL);
        assertThat(video.codecs()).singleElement().satisfies(c -> assertThat(c.payloadType()).isEqualTo(125));
        assertThat(video.extensionIds()).containsOnlyKeys(ExtMap.VIDEO_ORIENTATION);
        assertThat(subAnswer.tracks()).extracting(b -> b.track().kind()).containsExactly("audio", "video");
        assertThat(transports.get(1).remote.ice().ufrag()).as("the transport learned the browser's ICE").isNotEmpty();
        assertThat(events).containsExactly("published audio", "published video");
    }

    @Test
    void sendsAPliToThePublisherWhenASubscriberConnects() {
        publishAndSubscribeToOwnTracks();
        Browser publisher = Browser.connect(pub, SrtpProfile.AEAD_AES_128_GCM);
        CapturingPeerTransport toPublisher = transports.get(0);
        assertThat(toPublisher.sent).isEmpty();

        Browser.connect(sub, SrtpProfile.AEAD_AES_128_GCM);

        assertThat(toPublisher.sent).as("one PLI, for the video track only").hasSize(1);
        byte[] rtcp = toPublisher.sent.poll();
        int n = publisher.receive().unprotectRtcp(rtcp, 0, rtcp.length);
        assertPli(rtcp, n, VIDEO_SSRC);
    }

    @Test
    void relaysAPliFromTheSubscriberToThePublisher() throws Exception {
        publishAndSubscribeToOwnTracks();
        Browser publisher = Browser.connect(pub, SrtpProfile.AES128_CM_HMAC_SHA1_80);
        Browser subscriber = Browser.connect(sub, SrtpProfile.AES128_CM_HMAC_SHA1_80);
        CapturingPeerTransport toPublisher = transports.get(0);
        toPublisher.sent.clear();
        Thread.sleep(PublishedTrack.KEYFRAME_REQUEST_INTERVAL_NANOS / 1_000_000 + 50);

        byte[] pli = new byte[64];
        int len = RtcpWriter.writePli(pli, 0, 0x1234, VIDEO_SSRC);
        sub.onRtcp(pli, 0, subscriber.send().protectRtcp(pli, 0, len));

        assertThat(toPublisher.sent).hasSize(1);
        byte[] rtcp = toPublisher.sent.poll();
        assertPli(rtcp, publisher.receive().unprotectRtcp(rtcp, 0, rtcp.length), VIDEO_SSRC);
        assertThat(sfu.stats().keyframeRequestsReceived()).isEqualTo(1);
    }

    private static void assertPli(byte[] rtcp, int n, int mediaSsrc) {
        assertThat(n).as("the publisher's browser decrypts the SRTCP").isEqualTo(12);
        assertThat(rtcp[0] & 0x1F).as("FMT 1: PLI").isEqualTo(1);
        assertThat(rtcp[1] & 0xFF).as("PT 206: PSFB").isEqualTo(206);
        int media = (rtcp[8] & 0xFF) << 24 | (rtcp[9] & 0xFF) << 16 | (rtcp[10] & 0xFF) << 8 | (rtcp[11] & 0xFF);
        assertThat(media).isEqualTo(mediaSsrc);
    }

    @Test
    void dropsRtpFromAnSsrcThatNoApprovedTrackAnnounced() {
        publishAndSubscribeToOwnTracks();
        Browser publisher = Browser.connect(pub, SrtpProfile.AEAD_AES_128_GCM);
        Browser.connect(sub, SrtpProfile.AEAD_AES_128_GCM);
        transports.get(1).sent.clear();
        byte[] buf = new byte[200];
        RtpPacket.writeFixedHeader(buf, 0, false, 96, 1, 1, 0x0BADF00D);
        pub.onRtp(buf, 0, publisher.send().protectRtp(buf, 0, 100));
        assertThat(transports.get(1).sent).isEmpty();
        assertThat(sfu.stats().rtpUnknownSource()).isEqualTo(1);
    }

    @Test
    void dropsSrtpThatFailsAuthentication() {
        publishAndSubscribeToOwnTracks();
        Browser publisher = Browser.connect(pub, SrtpProfile.AEAD_AES_128_GCM);
        Browser.connect(sub, SrtpProfile.AEAD_AES_128_GCM);
        transports.get(1).sent.clear();
        byte[] payload = new byte[100];
        byte[] pkt = videoPacket(7, payload);
        int n = publisher.send().protectRtp(pkt, 0, len(payload));
        pkt[40] ^= 1;
        pub.onRtp(pkt, 0, n);
        assertThat(transports.get(1).sent).isEmpty();
        assertThat(sfu.stats().srtpRejected()).isEqualTo(1);
    }

    @Test
    void dropsRtpThatArrivesBeforeTheDtlsKeys() {
        publishAndSubscribeToOwnTracks();
        byte[] buf = videoPacket(1, new byte[10]);
        pub.onRtp(buf, 0, len(new byte[10]));
        assertThat(sfu.stats().rtpBeforeKeys()).isEqualTo(1);
        assertThat(transports.get(1).sent).isEmpty();
    }

    @Test
    void rejectsAPublishingSectionWhoseTrackWasNeverApproved() {
        SfuParticipant bob = sfu.join("room-a", "bob", roomEvents);
        bob.approvePublication(AUDIO_TRACK, "audio", TrackSource.MICROPHONE);
        Negotiation n = bob.negotiate("pub", ChromeOffers.publish(), PeerEvents.NONE);
        assertThat(n.tracks()).singleElement().satisfies(b -> assertThat(b.track().kind()).isEqualTo("audio"));
        SessionDescription answer = PARSER.parse(n.answerSdp());
        assertThat(answer.section("1").orElseThrow().isRejected()).as("the unapproved video section").isTrue();
        assertThat(answer.bundleGroups()).containsExactly(List.of("0"));
    }

    @Test
    void unpublishingStopsForwardingAndTellsTheRoom() {
        publishAndSubscribeToOwnTracks();
        Browser publisher = Browser.connect(pub, SrtpProfile.AEAD_AES_128_GCM);
        Browser.connect(sub, SrtpProfile.AEAD_AES_128_GCM);
        String videoSid = subAnswer.tracks().get(1).track().sid();
        alice.unpublish(videoSid);
        transports.get(1).sent.clear();
        byte[] payload = new byte[50];
        byte[] pkt = videoPacket(3, payload);
        pub.onRtp(pkt, 0, publisher.send().protectRtp(pkt, 0, len(payload)));
        assertThat(transports.get(1).sent).isEmpty();
        assertThat(events).contains("unpublished video");
        assertThat(sfu.room("room-a").orElseThrow().track(videoSid)).isEmpty();
    }

    @Test
    void aSecondOfferOnTheSamePeerConnectionIsRefused() {
        publishAndSubscribeToOwnTracks();
        assertThatThrownBy(() -> alice.negotiate("pub", ChromeOffers.publish(), PeerEvents.NONE))
                .isInstanceOfSatisfying(SfuException.class, e -> assertThat(e.code()).isEqualTo("renegotiation_unsupported"));
    }

    @Test
    void subscribingToATrackThatIsNotPublishedIsRefused() {
        SfuParticipant bob = sfu.join("room-a", "bob", roomEvents);
        assertThatThrownBy(() -> bob.subscribe(List.of("TR_nothere")))
                .isInstanceOfSatisfying(SfuException.class, e -> assertThat(e.code()).isEqualTo("track_not_found"));
    }

    @Test
    void leavingClosesThePeerConnectionsAndEmptiesTheRoom() {
        publishAndSubscribeToOwnTracks();
        alice.leave();
        assertThat(transports).allSatisfy(t -> assertThat(t.closed).isTrue());
        assertThat(sfu.room("room-a")).isEmpty();
        assertThat(sfu.stats().peers()).isZero();
    }
}
