package dev.parley.adapter.media.ice.bench;

import dev.parley.adapter.media.ice.BindingRequest;
import dev.parley.adapter.media.ice.IceLiteAgent;
import dev.parley.adapter.media.ice.IceSession;
import dev.parley.adapter.media.stun.StunFormatException;
import dev.parley.adapter.media.stun.StunMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one connectivity check on the receive thread: parsing a browser-like Binding request, and
 * the whole ICE-lite answer (FINGERPRINT and HMAC-SHA1 verified, success response with
 * XOR-MAPPED-ADDRESS, HMAC-SHA1 and FINGERPRINT written), with 1000 live sessions registered.
 * <pre>
 * mvn -pl adapters-media -Pbench -DskipTests test-compile exec:exec -Dbench.args="StunBenchmark"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StunBenchmark {

    private IceLiteAgent agent;
    private byte[] request;
    private byte[] forged;
    private final byte[] out = new byte[512];
    private InetSocketAddress from;

    /** 1000 sessions, a valid request for one of them and a request with a bad HMAC. */
    @Setup
    public void setUp() throws UnknownHostException {
        agent = new IceLiteAgent(new SecureRandom(), System::nanoTime);
        IceSession target = null;
        for (int i = 0; i < 1000; i++) {
            target = agent.createSession((s, addr, first) -> { });
        }
        request = BindingRequest.to(target.localCredentials(), "Xy7q").nominate().encode();
        forged = BindingRequest.to(target.localCredentials(), "Xy7q").signedWith("AAAAAAAAAAAAAAAAAAAAAAAA").encode();
        from = new InetSocketAddress(InetAddress.getByName("192.0.2.10"), 54321);
    }

    /** The floor: the two HMAC-SHA1 computations (verify the request, sign the response) over the same bytes, with the JDK's Mac. */
    @Benchmark
    public byte[] baselineTwoHmacSha1() throws java.security.GeneralSecurityException {
        javax.crypto.Mac mac = FLOOR_MAC.get();
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA1"));
        mac.update(request, 0, request.length - 32);
        mac.doFinal(out, 0);
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA1"));
        mac.update(out, 0, 60);
        mac.doFinal(out, 100);
        return out;
    }

    private static final byte[] KEY = "0123456789abcdefghijklmn".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final ThreadLocal<javax.crypto.Mac> FLOOR_MAC = ThreadLocal.withInitial(() -> {
        try {
            return javax.crypto.Mac.getInstance("HmacSHA1");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Parse only (zero-copy view). */
    @Benchmark
    public StunMessage parse() throws StunFormatException {
        return StunMessage.parse(request, 0, request.length);
    }

    /** Verify a valid check and write the signed success response. */
    @Benchmark
    public int answerValidCheck() {
        return agent.process(request, 0, request.length, from, out, 0);
    }

    /** Verify and drop a check with a wrong MESSAGE-INTEGRITY. */
    @Benchmark
    public int dropForgedCheck() {
        return agent.process(forged, 0, forged.length, from, out, 0);
    }
}
