package dev.parley.adapter.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing real Chrome offers, and the strict rules of RFC 8866 the parser enforces. */
class SdpParserTest {

    private final SdpParser parser = SdpParser.withDefaults();

    private static final String MINIMAL = """
            v=0\r
            o=- 1 2 IN IP4 127.0.0.1\r
            s=-\r
            t=0 0\r
            a=group:BUNDLE 0\r
            m=audio 9 UDP/TLS/RTP/SAVPF 111\r
            c=IN IP4 0.0.0.0\r
            a=mid:0\r
            a=rtpmap:111 opus/48000/2\r
            """;

    @Test
    void parsesChromesPublishOfferWithEveryAttributeTheSfuNeeds() {
        SessionDescription sd = parser.parse(ChromeOffers.publish());

        assertThat(sd.bundleGroups()).containsExactly(List.of("0", "1"));
        assertThat(sd.iceLite()).isFalse();
        assertThat(sd.media()).hasSize(2);

        MediaDescription audio = sd.media().get(0);
        assertThat(audio.media()).isEqualTo("audio");
        assertThat(audio.mid()).contains("0");
        assertThat(audio.direction()).isEqualTo(Direction.SENDONLY);
        assertThat(audio.rtcpMux()).isTrue();
        assertThat(audio.codecs().get(0).name()).isEqualTo("OPUS");
        assertThat(audio.codecs().get(0).clockRate()).isEqualTo(48000);
        assertThat(audio.codecs().get(0).channels()).isEqualTo(2);
        assertThat(audio.codecs().get(0).parameterMap()).containsEntry("useinbandfec", "1");
        assertThat(audio.extensionIds()).containsEntry(ExtMap.AUDIO_LEVEL, 1).containsEntry(ExtMap.SDES_MID, 4);
        assertThat(audio.trackId()).isPresent();
        assertThat(audio.primarySsrc()).isPresent();
        assertThat(sd.effectiveSetup(audio)).contains(Setup.ACTPASS);
        assertThat(sd.effectiveFingerprint(audio)).isPresent();
        assertThat(sd.effectiveIce(audio).orElseThrow().ufrag()).hasSizeGreaterThanOrEqualTo(4);

        MediaDescription video = sd.media().get(1);
        assertThat(video.codecs().get(0).name()).isEqualTo("VP8");
        assertThat(video.codecs().get(0).feedback()).contains(RtcpFeedback.PLI, RtcpFeedback.FIR, RtcpFeedback.NACK);
        assertThat(video.ssrcGroups()).singleElement().satisfies(g -> {
            assertThat(g.semantics()).isEqualTo(SsrcGroup.FID);
            assertThat(g.ssrcs()).hasSize(2);
        });
        assertThat(video.primarySsrc()).contains(video.ssrcGroups().get(0).ssrcs().get(0));
        assertThat(video.ssrcAttribute(video.primarySsrc().orElseThrow(), "cname")).isPresent();
        assertThat(video.trackId()).isNotEqualTo(audio.trackId());
        assertThat(video.codecs()).anySatisfy(c -> assertThat(c.name()).isEqualTo("H264"))
                .anySatisfy(c -> assertThat(c.name()).isEqualTo("VP9"));
    }

    @Test
    void parsesChromesRecvonlyOfferWithoutSources() {
        SessionDescription sd = parser.parse(ChromeOffers.subscribe());
        assertThat(sd.media()).extracting(MediaDescription::direction).containsExactly(Direction.RECVONLY, Direction.RECVONLY);
        assertThat(sd.media()).allSatisfy(m -> assertThat(m.ssrcs()).isEmpty());
    }

    @Test
    void writerRoundTripsChromesOfferLineForLine() {
        String offer = ChromeOffers.publish();
        String written = SdpWriter.write(parser.parse(offer));
        assertThat(written).isEqualTo(offer);
    }

    @Test
    void acceptsBareLineFeeds() {
        assertThat(parser.parse(MINIMAL.replace("\r\n", "\n")).media()).hasSize(1);
    }

    @Test
    void rejectsAnSdpLongerThanTheLimit() {
        SdpParser small = new SdpParser(new SdpLimits(100, 4096, 4096, 64, 512));
        assertThatThrownBy(() -> small.parse(MINIMAL + "a=x:" + "y".repeat(200) + "\r\n"))
                .isInstanceOf(SdpException.class).hasMessageContaining("longer than 100");
    }

    @Test
    void rejectsMoreLinesThanTheLimit() {
        SdpParser small = new SdpParser(new SdpLimits(100_000, 12, 4096, 64, 512));
        assertThatThrownBy(() -> small.parse(MINIMAL + "a=x\r\n".repeat(10))).isInstanceOf(SdpException.class)
                .hasMessageContaining("more than 12 lines");
    }

    @Test
    void rejectsMoreMediaSectionsThanTheLimit() {
        SdpParser small = new SdpParser(new SdpLimits(100_000, 4096, 4096, 2, 512));
        String sdp = MINIMAL.replace("a=group:BUNDLE 0\r\n", "") + "m=audio 9 RTP/AVP 0\r\nm=audio 9 RTP/AVP 0\r\n";
        assertThatThrownBy(() -> small.parse(sdp)).isInstanceOf(SdpException.class).hasMessageContaining("media sections");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",                                            // empty
            "v=1\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\n",   // wrong version
            "o=- 1 2 IN IP4 1.2.3.4\r\nv=0\r\ns=-\r\nt=0 0\r\n",   // v= not first
            "v=0\r\ns=-\r\no=- 1 2 IN IP4 1.2.3.4\r\nt=0 0\r\n",   // s= before o=
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\n",            // no t=
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\n\r\na=x\r\n", // empty line
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nq=what\r\n",  // unknown type
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\na=x\rb\r\n",  // bare CR
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\na=x\u0000\r\n", // NUL
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\na=tool\r\nc=IN IP4 1.2.3.4\r\n", // c= after a=
            "v=0\r\no=- 1 2 IN IP4\r\ns=-\r\nt=0 0\r\n",           // short origin
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=\r\nt=0 0\r\n",    // empty session name
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 70000 RTP/AVP 0\r\n", // port out of range
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP\r\n",       // no format
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 128\r\n",   // PT > 127
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=rtpmap:8 PCMA/8000\r\n", // PT not listed
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=mid:a\r\na=mid:b\r\n", // two mids
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=sendonly\r\na=recvonly\r\n", // two directions
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=extmap:1 a\r\na=extmap:1 b\r\n", // dup ext id
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=extmap:15 a\r\n", // reserved ext id
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=ice-ufrag:abc\r\n", // ufrag too short
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=fingerprint:sha-1 AB:CD\r\n", // not sha-256
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=setup:maybe\r\n", // bad setup
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=ssrc:4294967296 cname:x\r\n", // ssrc > 32 bits
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=candidate:1 1 udp 1 1.2.3.4 9 host\r\n", // no typ
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 7\r\nm=audio 9 RTP/AVP 0\r\na=mid:0\r\n", // group names unknown mid
            "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=mid:0\r\nm=audio 9 RTP/AVP 0\r\na=mid:0\r\n", // dup mid
    })
    void rejectsMalformedDescriptionsWithItsOwnException(String sdp) {
        assertThatThrownBy(() -> parser.parse(sdp)).isInstanceOf(SdpException.class);
    }

    @Test
    void errorMessagesNameTheLineButNeverEchoTheInput() {
        String marker = "<script>secret-ish</script>";
        assertThatThrownBy(() -> parser.parse(MINIMAL + "q=" + marker + "\r\n"))
                .isInstanceOf(SdpException.class)
                .hasMessageContaining("line 10")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(marker));
    }

    @Test
    void fingerprintRoundTripsAndComparesTheDigest() {
        String value = "sha-256 EC:F7:10:1B:5F:C1:8C:A0:34:10:B1:CD:64:8E:07:64:0C:03:53:35:38:63:A0:DF:30:DE:D2:00:DC:A7:76:D0";
        Fingerprint fp = Fingerprint.parse(value);
        assertThat(fp.attributeValue()).isEqualTo(value);
        byte[] digest = fp.value();
        assertThat(fp.matches(digest)).isTrue();
        digest[31] ^= 1;
        assertThat(fp.matches(digest)).isFalse();
    }

    @Test
    void iceParametersNeverShowThePassword() {
        IceParameters ice = new IceParameters("abcd", "0123456789abcdefghijkl");
        assertThat(ice.toString()).doesNotContain("0123456789abcdefghijkl");
    }
}
