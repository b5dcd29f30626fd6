package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cross-check against an SRTP implementation no one here wrote: Debian's libsrtp2 (2.5), through
 * the small C program in {@code src/test/c/srtp_harness.c}, compiled here with {@code cc}. For
 * every profile, RTP and RTCP, several interleaved SSRCs and a sequence number wrap (ROC 0 to 1):
 * libsrtp unprotects what Parley protects, Parley unprotects what libsrtp protects, and for SRTP
 * the two produce the same bytes from the same plaintext.
 *
 * <p>Needs {@code cc} and {@code libsrtp2-dev} ({@code apt-get install -y gcc libc6-dev
 * libsrtp2-dev}); skipped with that message when either is missing.
 */
class LibsrtpCrossCheckTest {

    private static final int[] SSRCS = {0x0A0B0C0D, 0x11223344, 0xDEADBEEF};
    private static Path harness;
    /** Why the cross-check cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void compileHarness() throws Exception {
        Path cc = onPath("cc");
        if (cc == null) {
            missing = "no C compiler on PATH: apt-get install -y gcc libc6-dev libsrtp2-dev";
        } else if (Stream.of("/usr/include/srtp2/srtp.h", "/usr/local/include/srtp2/srtp.h")
                .noneMatch(p -> Files.exists(Path.of(p)))) {
            missing = "no libsrtp2 headers: apt-get install -y libsrtp2-dev";
        }
        if (missing != null) {
            System.err.println("LibsrtpCrossCheckTest skipped: " + missing);
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "srtp-harness"));
        harness = dir.resolve("srtp_harness");
        Process compile = new ProcessBuilder(cc.toString(), "-O1", "-Wall", "-o", harness.toString(),
                Path.of("src", "test", "c", "srtp_harness.c").toString(), "-lsrtp2")
                .redirectErrorStream(true).start();
        String output = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compile.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(compile.exitValue()).as("cc output: %s", output).isZero();
    }

    @BeforeEach
    void requireHarness() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> libsrtp(String op, String kind, SrtpProfile profile, byte[] key, byte[] salt,
            List<byte[]> packets) throws IOException, InterruptedException {
        Path input = Files.createTempFile(harness.getParent(), "in", ".hex");
        try {
            Files.write(input, packets.stream().map(p -> HexFormat.of().formatHex(p)).toList());
            Process run = new ProcessBuilder(harness.toString(), op, kind, Integer.toString(profile.protectionProfileId()),
                    HexFormat.of().formatHex(key), HexFormat.of().formatHex(salt))
                    .redirectInput(input.toFile()).start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as("harness stderr: %s", err).isZero();
            List<String> lines = out.lines().toList();
            assertThat(lines).hasSameSizeAs(packets);
            return lines;
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static byte[][] masterKeyAndSalt(SrtpProfile profile, long seed) {
        Random random = new Random(seed);
        byte[] key = new byte[profile.masterKeyLength()];
        byte[] salt = new byte[profile.masterSaltLength()];
        random.nextBytes(key);
        random.nextBytes(salt);
        return new byte[][] {key, salt};
    }

    /** RTP packets for three interleaved SSRCs, sequence numbers 65 400 .. 65 535, 0 .. 199. */
    private static List<byte[]> rtpPackets(long seed) {
        Random random = new Random(seed);
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 336; i++) {
            int seq = (65_400 + i) & 0xFFFF;
            for (int ssrc : SSRCS) {
                int payload = random.nextInt(1201);
                byte[] buf = Packets.rtp(ssrc, seq, payload, random.nextLong());
                if (random.nextBoolean()) { // half without CSRCs and extension: a 12-byte header
                    byte[] plain = new byte[12 + payload];
                    System.arraycopy(buf, 0, plain, 0, 12);
                    plain[0] = (byte) 0x80;
                    System.arraycopy(buf, 32, plain, 12, payload);
                    packets.add(plain);
                } else {
                    packets.add(Arrays.copyOf(buf, Packets.rtpLength(payload)));
                }
            }
        }
        return packets;
    }

    private static List<byte[]> rtcpPackets(long seed) {
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (int ssrc : SSRCS) {
                packets.add(Arrays.copyOf(Packets.rtcp(ssrc, seed + i), Packets.rtcpLength()));
            }
        }
        return packets;
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void libsrtpUnprotectsParleysSrtpAndProtectsToTheSameBytes(SrtpProfile profile) throws Exception {
        byte[][] ks = masterKeyAndSalt(profile, 1);
        List<byte[]> plain = rtpPackets(2);
        SrtpContext parley = SrtpContext.forSending(profile, ks[0], ks[1]);
        List<byte[]> ours = new ArrayList<>();
        for (byte[] p : plain) {
            byte[] buf = Arrays.copyOf(p, p.length + profile.rtpOverhead());
            int len = parley.protectRtp(buf, 0, p.length);
            assertThat(len).isEqualTo(buf.length);
            ours.add(buf);
        }

        List<String> unprotected = libsrtp("unprotect", "rtp", profile, ks[0], ks[1], ours);
        List<String> theirs = libsrtp("protect", "rtp", profile, ks[0], ks[1], plain);

        for (int i = 0; i < plain.size(); i++) {
            assertThat(unprotected.get(i)).as("packet %d", i).isEqualTo(HexFormat.of().formatHex(plain.get(i)));
            assertThat(theirs.get(i)).as("packet %d", i).isEqualTo(HexFormat.of().formatHex(ours.get(i)));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void parleyUnprotectsLibsrtpsSrtpReorderedAcrossTheWrap(SrtpProfile profile) throws Exception {
        byte[][] ks = masterKeyAndSalt(profile, 3);
        List<byte[]> plain = rtpPackets(4);
        List<String> theirs = libsrtp("protect", "rtp", profile, ks[0], ks[1], plain);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            order.add(i);
        }
        Random random = new Random(5);
        for (int start = 0; start < order.size(); start += 48) { // 16 packets per SSRC per block
            Collections.shuffle(order.subList(start, Math.min(order.size(), start + 48)), random);
        }
        SrtpContext parley = SrtpContext.forReceiving(profile, ks[0], ks[1]);

        for (int i : order) {
            byte[] buf = HexFormat.of().parseHex(theirs.get(i));
            int len = parley.unprotectRtp(buf, 0, buf.length);
            assertThat(len).as("packet %d: %s", i, SrtpError.name(len)).isEqualTo(plain.get(i).length);
            assertThat(Arrays.copyOf(buf, len)).isEqualTo(plain.get(i));
        }
        assertThat(parley.authenticationFailures()).isZero();
        assertThat(parley.streamCount()).isEqualTo(SSRCS.length);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void libsrtpUnprotectsParleysSrtcp(SrtpProfile profile) throws Exception {
        byte[][] ks = masterKeyAndSalt(profile, 6);
        List<byte[]> plain = rtcpPackets(7);
        SrtpContext parley = SrtpContext.forSending(profile, ks[0], ks[1]);
        List<byte[]> ours = new ArrayList<>();
        for (byte[] p : plain) {
            byte[] buf = Arrays.copyOf(p, p.length + profile.rtcpOverhead());
            assertThat(parley.protectRtcp(buf, 0, p.length)).isEqualTo(buf.length);
            ours.add(buf);
        }

        List<String> unprotected = libsrtp("unprotect", "rtcp", profile, ks[0], ks[1], ours);

        for (int i = 0; i < plain.size(); i++) {
            assertThat(unprotected.get(i)).as("packet %d", i).isEqualTo(HexFormat.of().formatHex(plain.get(i)));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void parleyUnprotectsLibsrtpsSrtcp(SrtpProfile profile) throws Exception {
        byte[][] ks = masterKeyAndSalt(profile, 8);
        List<byte[]> plain = rtcpPackets(9);
        List<String> theirs = libsrtp("protect", "rtcp", profile, ks[0], ks[1], plain);
        SrtpContext parley = SrtpContext.forReceiving(profile, ks[0], ks[1]);

        for (int i = 0; i < plain.size(); i++) {
            byte[] buf = HexFormat.of().parseHex(theirs.get(i));
            int len = parley.unprotectRtcp(buf, 0, buf.length);
            assertThat(len).as("packet %d: %s", i, SrtpError.name(len)).isEqualTo(plain.get(i).length);
            assertThat(Arrays.copyOf(buf, len)).isEqualTo(plain.get(i));
        }
        // A libsrtp packet replayed to Parley is refused.
        byte[] again = HexFormat.of().parseHex(theirs.get(0));
        assertThat(parley.unprotectRtcp(again, 0, again.length)).isEqualTo(SrtpError.REPLAY);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void libsrtpRefusesAParleyPacketWithOneFlippedBit(SrtpProfile profile) throws Exception {
        byte[][] ks = masterKeyAndSalt(profile, 10);
        byte[] p = Arrays.copyOf(Packets.rtp(SSRCS[0], 1, 100, 1), Packets.rtpLength(100) + profile.rtpOverhead());
        int len = SrtpContext.forSending(profile, ks[0], ks[1]).protectRtp(p, 0, Packets.rtpLength(100));
        p[len - 1] ^= 1;

        List<String> result = libsrtp("unprotect", "rtp", profile, ks[0], ks[1], List.of(p));

        assertThat(result.get(0)).startsWith("ERR");
    }
}
