package dev.parley.adapter.media.bench;

import dev.parley.adapter.media.srtp.SrtpContext;
import dev.parley.adapter.media.srtp.SrtpError;
import dev.parley.adapter.media.srtp.SrtpProfile;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.srtp.crypto.Aes;
import org.jitsi.srtp.crypto.HmacSha1;
import org.jitsi.srtp.crypto.JitsiOpenSslProvider;
import org.jitsi.utils.logging2.LoggerImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SRTP protect and unprotect of one 1,200-byte RTP packet (12-byte header, 1,188-byte payload),
 * one thread, for both WebRTC profiles:
 *
 * <ul>
 *   <li>{@code parley*}: {@link SrtpContext} (index estimation, replay window, the crypto);</li>
 *   <li>{@code floor*}: the raw JDK cipher doing only the cryptography SRTP needs, the cheapest
 *       way the JCE offers (GCM: init, AAD, in-place doFinal; CM: CTR init and doFinal into a
 *       scratch array copied back, HMAC-SHA1 over packet and ROC, tag compare): the floor any
 *       SRTP on {@code javax.crypto} pays;</li>
 *   <li>{@code jitsiOpenSsl*}, {@code jitsiJava*}: org.jitsi:jitsi-srtp with its OpenSSL backend,
 *       and with its SunJCE backend (in a fork of its own where jitsi is told its OpenSSL library is
 *       absent, so that its HMAC is SunJCE's too; the setup prints and checks the providers).</li>
 * </ul>
 *
 * <p>Protect re-encrypts one buffer with a new sequence number each time. Unprotect copies the
 * next packet of a ring of {@value #RING} genuinely protected packets into a work buffer and
 * unprotects it there (every variant, the floor included, pays the same copy; {@code copyOnly}
 * measures it). Replay protection stays on: when the ring wraps, Parley and jitsi get a fresh
 * receiving context, a cost amortised over {@value #RING} packets (under 10 ns each).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SrtpBenchmark {

    static final int PACKET = 1200;
    static final int HEADER = 12;
    static final int RING = 8192;
    static final int SSRC = 0x1234_5678;
    static final int SPARE = 64;

    /** The profile under test and its master key material. */
    @State(Scope.Thread)
    public static class Config {
        @Param({"AEAD_AES_128_GCM", "AES128_CM_HMAC_SHA1_80"})
        public String profile;

        SrtpProfile srtpProfile;
        byte[] key;
        byte[] salt;

        @Setup(Level.Trial)
        public void setup() {
            srtpProfile = SrtpProfile.valueOf(profile);
            Random random = new Random(42);
            key = new byte[srtpProfile.masterKeyLength()];
            salt = new byte[srtpProfile.masterSaltLength()];
            random.nextBytes(key);
            random.nextBytes(salt);
        }

        boolean gcm() {
            return srtpProfile.isAead();
        }
    }

    static byte[] plaintext(int seq) {
        byte[] buf = new byte[PACKET + SPARE];
        buf[0] = (byte) 0x80;
        buf[1] = 96;
        setSeq(buf, seq);
        buf[8] = (byte) (SSRC >>> 24);
        buf[9] = (byte) (SSRC >>> 16);
        buf[10] = (byte) (SSRC >>> 8);
        buf[11] = (byte) SSRC;
        byte[] payload = new byte[PACKET - HEADER];
        new Random(seq).nextBytes(payload);
        System.arraycopy(payload, 0, buf, HEADER, payload.length);
        return buf;
    }

    static void setSeq(byte[] buf, int seq) {
        buf[2] = (byte) (seq >>> 8);
        buf[3] = (byte) seq;
    }

    static IllegalStateException failed(String what) {
        return new IllegalStateException(what);
    }

    // ---------------------------------------------------------------- Parley

    /** A Parley sending context and one reused buffer. */
    @State(Scope.Thread)
    public static class ParleySender {
        SrtpContext context;
        byte[] buf;
        int seq;

        @Setup(Level.Trial)
        public void setup(Config config) {
            context = SrtpContext.forSending(config.srtpProfile, config.key, config.salt);
            buf = plaintext(0);
        }
    }

    /** A ring of packets Parley protected, and a receiving context. */
    @State(Scope.Thread)
    public static class ParleyReceiver {
        Config config;
        SrtpContext context;
        byte[][] ring = new byte[RING][];
        byte[] work = new byte[PACKET + SPARE];
        int next;

        @Setup(Level.Trial)
        public void setup(Config config) {
            this.config = config;
            SrtpContext sender = SrtpContext.forSending(config.srtpProfile, config.key, config.salt);
            byte[] buf = plaintext(0);
            for (int i = 0; i < RING; i++) {
                setSeq(buf, i);
                int len = sender.protectRtp(buf, 0, PACKET);
                ring[i] = Arrays.copyOf(buf, len);
            }
            context = SrtpContext.forReceiving(config.srtpProfile, config.key, config.salt);
        }
    }

    @Benchmark
    public int parleyProtect(ParleySender s) {
        setSeq(s.buf, ++s.seq);
        int len = s.context.protectRtp(s.buf, 0, PACKET);
        if (len < 0) {
            throw failed(SrtpError.name(len));
        }
        return len;
    }

    @Benchmark
    public int parleyUnprotect(ParleyReceiver r) {
        byte[] packet = r.ring[r.next];
        System.arraycopy(packet, 0, r.work, 0, packet.length);
        int len = r.context.unprotectRtp(r.work, 0, packet.length);
        if (len < 0) {
            throw failed(SrtpError.name(len));
        }
        if (++r.next == RING) {
            r.next = 0;
            r.context = SrtpContext.forReceiving(r.config.srtpProfile, r.config.key, r.config.salt);
        }
        return len;
    }

    // ---------------------------------------------------------------- the floor: raw JDK cipher

    /** The JDK engines alone: AES-GCM, or AES-CTR plus HMAC-SHA1, keys set up once. */
    @State(Scope.Thread)
    public static class Floor {
        boolean gcm;
        Cipher cipher;
        Mac mac;
        SecretKeySpec key;
        byte[] iv;
        final byte[] digest = new byte[20];
        final byte[] roc = new byte[4];
        final byte[] scratch = new byte[PACKET];
        byte[] buf;
        byte[][] ring = new byte[RING][];
        byte[] work = new byte[PACKET + SPARE];
        int seq;
        int next;

        @Setup(Level.Trial)
        public void setup(Config config) throws GeneralSecurityException {
            gcm = config.gcm();
            key = new SecretKeySpec(config.key, "AES");
            if (gcm) {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                iv = Arrays.copyOf(config.salt, 12);
            } else {
                cipher = Cipher.getInstance("AES/CTR/NoPadding");
                mac = Mac.getInstance("HmacSHA1");
                mac.init(new SecretKeySpec(Arrays.copyOf(config.key, 20), "HmacSHA1"));
                iv = Arrays.copyOf(config.salt, 16);
            }
            buf = plaintext(0);
            byte[] packet = plaintext(0);
            for (int i = 0; i < RING; i++) {
                setSeq(packet, i);
                ring[i] = Arrays.copyOf(packet, seal(packet, i));
                System.arraycopy(plaintext(0), HEADER, packet, HEADER, PACKET - HEADER);
            }
        }

        void iv(int seq) {
            iv[gcm ? 10 : 12] = (byte) (seq >>> 8);
            iv[gcm ? 11 : 13] = (byte) seq;
        }

        int seal(byte[] b, int seq) throws GeneralSecurityException {
            iv(seq);
            if (gcm) {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                cipher.updateAAD(b, 0, HEADER);
                return HEADER + cipher.doFinal(b, HEADER, PACKET - HEADER, b, HEADER);
            }
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            ctr(b, HEADER, PACKET - HEADER);
            mac.update(b, 0, PACKET);
            mac.update(roc, 0, 4);
            mac.doFinal(digest, 0);
            System.arraycopy(digest, 0, b, PACKET, 10);
            return PACKET + 10;
        }

        int open(byte[] b, int len, int seq) throws GeneralSecurityException {
            iv(seq);
            if (gcm) {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
                cipher.updateAAD(b, 0, HEADER);
                return HEADER + cipher.doFinal(b, HEADER, len - HEADER, b, HEADER);
            }
            int end = len - 10;
            mac.update(b, 0, end);
            mac.update(roc, 0, 4);
            mac.doFinal(digest, 0);
            int diff = 0;
            for (int i = 0; i < 10; i++) {
                diff |= digest[i] ^ b[end + i];
            }
            if (diff != 0) {
                throw failed("tag");
            }
            cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
            ctr(b, HEADER, end - HEADER);
            return end;
        }

        /**
         * Counter mode into a scratch array and back: in place, the JDK copies the input to a
         * new array first (1.2 kB per packet), which is slower than this copy.
         */
        private void ctr(byte[] b, int from, int length) throws GeneralSecurityException {
            int n = cipher.doFinal(b, from, length, scratch, 0);
            System.arraycopy(scratch, 0, b, from, n);
        }
    }

    @Benchmark
    public int floorProtect(Floor f) throws GeneralSecurityException {
        int seq = ++f.seq;
        setSeq(f.buf, seq);
        return f.seal(f.buf, seq);
    }

    @Benchmark
    public int floorUnprotect(Floor f) throws GeneralSecurityException {
        int i = f.next;
        byte[] packet = f.ring[i];
        System.arraycopy(packet, 0, f.work, 0, packet.length);
        int len = f.open(f.work, packet.length, i);
        f.next = (i + 1) % RING;
        return len;
    }

    /** The copy every unprotect variant makes from the ring into its work buffer. */
    @Benchmark
    public int copyOnly(Floor f) {
        int i = f.next;
        byte[] packet = f.ring[i];
        System.arraycopy(packet, 0, f.work, 0, packet.length);
        f.next = (i + 1) % RING;
        return f.work[5];
    }

    // ---------------------------------------------------------------- jitsi-srtp

    /** jitsi-srtp sending and receiving contexts on the backend this fork was started for. */
    @State(Scope.Thread)
    public static class Jitsi {
        SrtpPolicy policy;
        Config config;
        SrtpCryptoContext sender;
        SrtpCryptoContext receiver;
        JitsiPacket send;
        JitsiPacket receive;
        byte[][] ring = new byte[RING][];
        int seq;
        int next;

        @Setup(Level.Trial)
        public void setup(Config config) throws GeneralSecurityException {
            this.config = config;
            boolean java = "java".equals(System.getProperty("parley.bench.jitsi"));
            if (!JitsiOpenSslProvider.isLoaded() && !java) {
                throw failed("jitsi-srtp's OpenSSL library did not load");
            }
            if (java) {
                // jitsi picks its HMAC provider by this flag: clear it so that the Java backend
                // is SunJCE for AES and HMAC alike (the library stays loaded but unused).
                try {
                    java.lang.reflect.Field loaded = JitsiOpenSslProvider.class.getDeclaredField("libraryLoaded");
                    loaded.setAccessible(true);
                    loaded.setBoolean(null, false);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            Aes.setFactoryClassName("org.jitsi.srtp.crypto.Aes$" + (java ? "SunJCE" : "OpenSSL") + "CipherFactory");
            String aes = Aes.createCipher(config.gcm() ? "AES/GCM/NoPadding" : "AES/CTR/NoPadding").getProvider().getName();
            String hmac = HmacSha1.createMac(new LoggerImpl("bench")).getProvider().getName();
            System.out.println("jitsi-srtp backend: AES " + aes + ", HMAC " + hmac);
            if (java != aes.equals("SunJCE") || (!config.gcm() && java != hmac.equals("SunJCE"))) {
                throw failed("jitsi-srtp did not pick the " + (java ? "SunJCE" : "OpenSSL") + " backend");
            }
            policy = config.gcm()
                    ? new SrtpPolicy(SrtpPolicy.AESGCM_ENCRYPTION, 16, SrtpPolicy.NULL_AUTHENTICATION, 0, 16, 12)
                    : new SrtpPolicy(SrtpPolicy.AESCM_ENCRYPTION, 16, SrtpPolicy.HMACSHA1_AUTHENTICATION, 20, 10, 14);
            sender = context(true);
            send = new JitsiPacket(plaintext(0), PACKET);
            SrtpCryptoContext ringSender = context(true);
            byte[] buf = plaintext(0);
            JitsiPacket packet = new JitsiPacket(buf, PACKET);
            for (int i = 0; i < RING; i++) {
                System.arraycopy(plaintext(0), 0, buf, 0, PACKET);
                setSeq(buf, i);
                packet.reset(PACKET);
                if (ringSender.transformPacket(packet) != SrtpErrorStatus.OK) {
                    throw failed("jitsi protect");
                }
                ring[i] = Arrays.copyOf(packet.getBuffer(), packet.getLength());
            }
            receiver = context(false);
            receive = new JitsiPacket(new byte[PACKET + SPARE], 0);
        }

        SrtpCryptoContext context(boolean sending) throws GeneralSecurityException {
            LoggerImpl logger = new LoggerImpl(SrtpBenchmark.class.getName());
            logger.setLevelWarn();
            return new SrtpContextFactory(sending, config.key, config.salt, policy, policy, logger)
                    .deriveContext(SSRC, 0);
        }
    }

    private static int jitsiProtect(Jitsi j) throws GeneralSecurityException {
        setSeq(j.send.getBuffer(), ++j.seq);
        j.send.reset(PACKET);
        if (j.sender.transformPacket(j.send) != SrtpErrorStatus.OK) {
            throw failed("jitsi protect");
        }
        return j.send.getLength();
    }

    private static int jitsiUnprotect(Jitsi j) throws GeneralSecurityException {
        byte[] packet = j.ring[j.next];
        System.arraycopy(packet, 0, j.receive.getBuffer(), 0, packet.length);
        j.receive.reset(packet.length);
        SrtpErrorStatus status = j.receiver.reverseTransformPacket(j.receive, false);
        if (status != SrtpErrorStatus.OK) {
            throw failed("jitsi unprotect: " + status);
        }
        if (++j.next == RING) {
            j.next = 0;
            j.receiver = j.context(false);
        }
        return j.receive.getLength();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dparley.bench.jitsi=openssl")
    public int jitsiOpenSslProtect(Jitsi j) throws GeneralSecurityException {
        return jitsiProtect(j);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dparley.bench.jitsi=openssl")
    public int jitsiOpenSslUnprotect(Jitsi j) throws GeneralSecurityException {
        return jitsiUnprotect(j);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dparley.bench.jitsi=java")
    public int jitsiJavaProtect(Jitsi j) throws GeneralSecurityException {
        return jitsiProtect(j);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Dparley.bench.jitsi=java")
    public int jitsiJavaUnprotect(Jitsi j) throws GeneralSecurityException {
        return jitsiUnprotect(j);
    }
}
