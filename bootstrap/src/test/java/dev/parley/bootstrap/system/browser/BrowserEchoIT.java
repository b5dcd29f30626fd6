package dev.parley.bootstrap.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.durability.ServerApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bootstrap.system.RunningParley;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of the native SFU against a real browser: Debian's headless Chromium opens a page
 * that joins over {@code ws://127.0.0.1:<port>/rtc} with an access token in its first message,
 * publishes the fake camera and microphone on one PeerConnection, subscribes to its own tracks
 * and receives them back through Parley on a second one. getStats must show DTLS connected with
 * the SRTP profile Parley was configured to accept, decoded video frames growing over time and
 * audio packets arriving. Run once per SRTP profile ({@code PARLEY_MEDIA_SRTP_PROFILES}).
 */
class BrowserEchoIT {

    private static final String KEY = "APIbrowserE2E";
    private static final String SECRET = "browser-e2e-secret-0123456789-abcdefghijkl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String chromiumVersion;
    private static PageServer pages;

    @TempDir
    Path work;

    @BeforeAll
    static void browser() throws Exception {
        chromiumVersion = Chromium.requireInstalled();
        pages = PageServer.start(Chromium.install());
    }

    @AfterAll
    static void stopPages() {
        if (pages != null) {
            pages.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AEAD_AES_128_GCM, SRTP_AEAD_AES_128_GCM", "AES128_CM_HMAC_SHA1_80, SRTP_AES128_CM_HMAC_SHA1_80"})
    void chromiumReceivesItsOwnCameraAndMicrophoneBackThroughTheSfu(String profile, String chromeCipherName) throws Exception {
        long started = System.nanoTime();
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        int udpPort = freeUdpPort();
        try (RunningParley parley = RunningParley.start(work, Map.of(
                "PARLEY_KEYS", KEY + ":" + SECRET,
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                "PARLEY_DATA_DIR", work.resolve("data").toString(),
                "PARLEY_MEDIA_UDP_PORT", String.valueOf(udpPort),
                "PARLEY_MEDIA_SRTP_PROFILES", profile))) {
            assertThat(parley.awaitHealthAnswer(Duration.ofSeconds(150)).statusCode()).as("Parley ready").isEqualTo(200);
            long ready = System.nanoTime();
            // As a client does: the room exists (the customer's backend created it and minted the
            // token) and the participant was admitted by verifyToken before it opens the signaling.
            ServerApi api = new ServerApi(parley.port, KEY, SECRET);
            String token = api.participantToken("echo-user", "echo-room");
            assertThat(api.twirp("CreateRoom", null, ServerApi.object().put("name", "echo-room")).statusCode()).isEqualTo(200);
            assertThat(api.verifyToken(token).statusCode()).as("verifyToken admits the participant").isEqualTo(200);

            Chromium.Result r = Chromium.echo(pages.url("echo.html"), Map.of(
                    "PARLEY_WS", "ws://127.0.0.1:" + parley.port + "/rtc",
                    "PARLEY_TOKEN", token,
                    "CHROMIUM", Chromium.executable().toString(),
                    "ECHO_SECONDS", "6"));
            long browserDone = System.nanoTime();

            String context = r.output() + "\n--- parley ---\n" + parley.output();
            assertThat(r.exitCode()).as(context).isZero();
            JsonNode out = JSON.readTree(r.stdout().trim());
            assertThat(out.has("error")).as(context).isFalse();
            Files.writeString(Chromium.DIR.resolve("result-" + profile + ".json"), out.toPrettyString(), StandardCharsets.UTF_8);

            assertThat(out.at("/joined/participant/identity").asText()).isEqualTo("echo-user");
            assertThat(out.at("/answers/pub").asText()).contains("a=ice-lite").contains("a=setup:passive")
                    .contains(" " + udpPort + " typ host");
            assertThat(out.get("received")).extracting(t -> t.get("kind").asText()).containsExactlyInAnyOrder("audio", "video");

            JsonNode samples = out.get("samples");
            JsonNode last = samples.get(samples.size() - 1);
            JsonNode earlier = samples.get(samples.size() - 5);
            for (String pc : new String[] {"pub", "sub"}) {
                assertThat(last.at("/" + pc + "/transport/dtlsState").asText()).as(pc + " DTLS").isEqualTo("connected");
                assertThat(last.at("/" + pc + "/transport/srtpCipher").asText()).as(pc + " SRTP cipher").isEqualTo(chromeCipherName);
                assertThat(last.at("/" + pc + "/transport/tlsVersion").asText()).as("DTLS 1.2").isEqualTo("FEFD");
            }
            long framesEarlier = earlier.at("/sub/inbound_video/framesDecoded").asLong();
            long framesLast = last.at("/sub/inbound_video/framesDecoded").asLong();
            assertThat(framesEarlier).as("video decoded on the echo PeerConnection").isPositive();
            assertThat(framesLast).as("and still being decoded 2 s later").isGreaterThan(framesEarlier);
            assertThat(last.at("/sub/inbound_video/frameWidth").asInt()).isPositive();
            long audioEarlier = earlier.at("/sub/inbound_audio/packetsReceived").asLong();
            assertThat(audioEarlier).as("audio received").isPositive();
            assertThat(last.at("/sub/inbound_audio/packetsReceived").asLong()).isGreaterThan(audioEarlier);
            assertThat(parley.output()).as("the token never reaches the log").doesNotContain(token).doesNotContain(SECRET);

            System.out.printf("BrowserEchoIT %s: %s; cipher %s; sub framesDecoded %d -> %d (%d ms apart), keyFramesDecoded %d, "
                            + "%dx%d; audio packets %d; publisher pliCount %d; Parley start %.1f s, browser run %.1f s%n",
                    profile, chromiumVersion, last.at("/sub/transport/srtpCipher").asText(), framesEarlier, framesLast,
                    last.get("t").asLong() - earlier.get("t").asLong(), last.at("/sub/inbound_video/keyFramesDecoded").asLong(),
                    last.at("/sub/inbound_video/frameWidth").asInt(), last.at("/sub/inbound_video/frameHeight").asInt(),
                    last.at("/sub/inbound_audio/packetsReceived").asLong(), last.at("/pub/outbound_video/pliCount").asLong(),
                    (ready - started) / 1e9, (browserDone - ready) / 1e9);
        }
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
