package dev.parley.adapter.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parley's ICE-lite answers to Chrome's offers: what Chrome needs to connect, parsed back. */
class AnswerBuilderTest {

    private static final Fingerprint OURS = Fingerprint.sha256(new byte[32]);
    private static final LocalTransport LOCAL = new LocalTransport(new IceParameters("prly", "0123456789abcdefghijkl"), OURS,
            List.of(Candidate.udpHost("1", "127.0.0.1", 7882, 65535)));

    private final SdpParser parser = SdpParser.withDefaults();

    @Test
    void answersAPublishOfferWithIceLitePassiveDtlsOurCandidateAndOneCodecPerSection() {
        SessionDescription offer = parser.parse(ChromeOffers.publish());
        RemoteTransport remote = RemoteTransport.of(offer);
        assertThat(remote.bundle()).containsExactly("0", "1");

        AnswerBuilder b = new AnswerBuilder(offer, LOCAL, "42");
        for (MediaDescription m : offer.media()) {
            Codec c = CodecSupport.choosePublished(m).orElseThrow();
            b.accept(m.mid().orElseThrow(), new MediaAnswer(Direction.RECVONLY, List.of(c),
                    CodecSupport.acceptExtensions(m, CodecSupport.PUBLISHER_EXTENSIONS), Optional.empty()));
        }
        String text = SdpWriter.write(b.build());
        SessionDescription answer = parser.parse(text);

        assertThat(answer.iceLite()).isTrue();
        assertThat(answer.bundleGroups()).containsExactly(List.of("0", "1"));
        assertThat(answer.media()).hasSize(2);
        for (MediaDescription m : answer.media()) {
            assertThat(m.port()).isEqualTo(7882);
            assertThat(m.direction()).isEqualTo(Direction.RECVONLY);
            assertThat(m.rtcpMux()).isTrue();
            assertThat(m.setup()).contains(Setup.PASSIVE);
            assertThat(m.fingerprint()).contains(OURS);
            assertThat(m.iceUfrag()).contains("prly");
            assertThat(m.candidates()).singleElement().satisfies(c -> {
                assertThat(c.address()).isEqualTo("127.0.0.1");
                assertThat(c.port()).isEqualTo(7882);
                assertThat(c.type()).isEqualTo("host");
                assertThat(c.priority()).isEqualTo(2130706431L);
            });
            assertThat(m.has("end-of-candidates")).isTrue();
            assertThat(m.codecs()).hasSize(1);
        }
        MediaDescription audio = answer.media().get(0);
        assertThat(audio.codecs().get(0).rtpmapValue()).isEqualTo("111 opus/48000/2");
        assertThat(audio.extensionIds()).containsOnlyKeys(ExtMap.AUDIO_LEVEL, ExtMap.SDES_MID);
        MediaDescription video = answer.media().get(1);
        assertThat(video.codecs().get(0).name()).isEqualTo("VP8");
        assertThat(video.codecs().get(0).feedback()).containsExactly(RtcpFeedback.PLI, RtcpFeedback.FIR);
        assertThat(video.extensionIds()).containsOnlyKeys(ExtMap.SDES_MID, ExtMap.VIDEO_ORIENTATION);
        assertThat(text).doesNotContain("transport-cc").doesNotContain("goog-remb").doesNotContain("rtx/");
    }

    @Test
    void answersARecvonlyOfferWithSendonlySectionsCarryingMsidAndSsrcUnderTheReceiversPayloadType() {
        SessionDescription pub = parser.parse(ChromeOffers.publish());
        Codec published = CodecSupport.choosePublished(pub.media().get(1)).orElseThrow();
        SessionDescription offer = parser.parse(ChromeOffers.subscribe());
        MediaDescription video = offer.media().get(1);
        Codec forReceiver = CodecSupport.matchForReceiver(video, published).orElseThrow();
        assertThat(forReceiver.name()).isEqualTo("VP8");

        OutgoingSource src = new OutgoingSource(12345L, "parley", new Msid("PA_alice", "TR_video"));
        SessionDescription answer = parser.parse(SdpWriter.write(new AnswerBuilder(offer, LOCAL, "43")
                .accept("1", new MediaAnswer(Direction.SENDONLY, List.of(forReceiver), List.of(), Optional.of(src)))
                .build()));

        assertThat(answer.bundleGroups()).containsExactly(List.of("1"));
        MediaDescription audio = answer.media().get(0);
        assertThat(audio.isRejected()).as("an unused section is rejected").isTrue();
        assertThat(audio.mid()).contains("0");
        MediaDescription v = answer.media().get(1);
        assertThat(v.direction()).isEqualTo(Direction.SENDONLY);
        assertThat(v.msids()).containsExactly(new Msid("PA_alice", "TR_video"));
        assertThat(v.ssrcs()).containsExactly(12345L);
        assertThat(v.ssrcAttribute(12345L, "cname")).contains("parley");
        assertThat(v.trackId()).contains("TR_video");
        assertThat(v.codecs().get(0).payloadType()).isEqualTo(forReceiver.payloadType());
    }

    @Test
    void refusesToAnswerWithACodecOrExtensionTheOfferDidNotCarry() {
        SessionDescription offer = parser.parse(ChromeOffers.publish());
        AnswerBuilder b = new AnswerBuilder(offer, LOCAL, "1");
        Codec foreign = new Codec(125, "VP8", 90000, 1, "", List.of());
        assertThatThrownBy(() -> b.accept("1", new MediaAnswer(Direction.RECVONLY, List.of(foreign), List.of(), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
        Codec vp8 = offer.media().get(1).codecs().get(0);
        ExtMap wrongId = new ExtMap(9, Optional.empty(), ExtMap.SDES_MID, "");
        assertThatThrownBy(() -> b.accept("1", new MediaAnswer(Direction.RECVONLY, List.of(vp8), List.of(wrongId), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
        OutgoingSource src = new OutgoingSource(1, "c", new Msid("s", "t"));
        assertThatThrownBy(() -> b.accept("1", new MediaAnswer(Direction.SENDONLY, List.of(vp8), List.of(), Optional.of(src))))
                .as("cannot send into a section the browser only sends on").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnOfferWithoutBundleRtcpMuxOrActpass() {
        String offer = ChromeOffers.publish();
        assertThatThrownBy(() -> RemoteTransport.of(parser.parse(offer.replace("a=group:BUNDLE 0 1\r\n", ""))))
                .isInstanceOf(SdpException.class).hasMessageContaining("BUNDLE");
        assertThatThrownBy(() -> RemoteTransport.of(parser.parse(offer.replace("a=rtcp-mux\r\n", ""))))
                .isInstanceOf(SdpException.class).hasMessageContaining("rtcp-mux");
        assertThatThrownBy(() -> RemoteTransport.of(parser.parse(offer.replace("a=setup:actpass", "a=setup:passive"))))
                .isInstanceOf(SdpException.class).hasMessageContaining("passive DTLS");
    }

    @Test
    void h264MatchesOnProfileAndPacketizationModeButNotOnLevel() {
        Codec a = new Codec(102, "H264", 90000, 1, "packetization-mode=1;profile-level-id=42e01f", List.of());
        Codec b = new Codec(108, "H264", 90000, 1, "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e034", List.of());
        Codec c = new Codec(104, "H264", 90000, 1, "packetization-mode=0;profile-level-id=42e01f", List.of());
        Codec d = new Codec(116, "H264", 90000, 1, "packetization-mode=1;profile-level-id=4d001f", List.of());
        assertThat(CodecSupport.compatible(a, b)).isTrue();
        assertThat(CodecSupport.compatible(a, c)).isFalse();
        assertThat(CodecSupport.compatible(a, d)).isFalse();
        assertThat(CodecSupport.isSupported(c)).as("packetization-mode 0 is not forwarded").isFalse();
        assertThat(CodecSupport.isSupported(new Codec(100, "VP9", 90000, 1, "profile-id=2", List.of()))).isFalse();
    }
}
