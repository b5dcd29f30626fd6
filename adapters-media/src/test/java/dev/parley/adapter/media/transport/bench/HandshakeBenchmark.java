package dev.parley.adapter.media.transport.bench;

import dev.parley.adapter.media.dtls.DtlsCertificate;
import dev.parley.adapter.media.dtls.DtlsSrtpProfile;
import dev.parley.adapter.media.dtls.DtlsTestClient;
import dev.parley.adapter.media.ice.BindingRequest;
import dev.parley.adapter.media.ice.IceCredentials;
import dev.parley.adapter.media.transport.MediaTransport;
import dev.parley.adapter.media.transport.RemoteDescription;
import dev.parley.adapter.media.transport.TransportConfig;
import dev.parley.adapter.media.transport.TransportListener;
import dev.parley.adapter.media.transport.TransportSession;
import dev.parley.adapter.media.transport.CloseReason;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.UDPTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to connect one session over loopback UDP: a nominating ICE check, then a full DTLS 1.2
 * handshake (ECDHE P-256/X25519, ECDSA P-256 certificates on both sides, client certificate checked
 * against the SDP fingerprint, use_srtp, key export) until the server's {@code onConnected}. Client
 * and server run in the same process, so the figure is an upper bound of the server's share.
 * <pre>
 * mvn -pl adapters-media -Pbench -DskipTests test-compile exec:exec -Dbench.args="HandshakeBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HandshakeBenchmark {

    private MediaTransport transport;
    private DtlsCertificate clientCertificate;
    private final IceCredentials clientIce = IceCredentials.generate(new SecureRandom());

    /** One transport on loopback, one client certificate. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        transport = MediaTransport.start(TransportConfig.defaults().withBind(InetAddress.getLoopbackAddress(), 0)
                .withAdvertisedAddresses(List.of(InetAddress.getLoopbackAddress())));
        clientCertificate = DtlsCertificate.generate(new SecureRandom(), Instant.now(), Duration.ofDays(1));
    }

    /** Closes the transport. */
    @TearDown(Level.Trial)
    public void stop() {
        transport.close();
    }

    /** ICE check + DTLS handshake of one new session, until both sides have the SRTP keys. */
    @Benchmark
    public byte[] connectOneSession() throws Exception {
        CompletableFuture<byte[]> keys = new CompletableFuture<>();
        TransportSession session = transport.createSession(new TransportListener() {
            @Override
            public void onConnected(int protectionProfileId, byte[] exportedKeyMaterial) {
                keys.complete(exportedKeyMaterial);
            }

            @Override
            public void onClosed(CloseReason reason) {
                keys.completeExceptionally(new IllegalStateException(reason.name()));
            }
        });
        session.setRemoteDescription(RemoteDescription.of(clientIce.ufrag(), clientIce.pwd(), clientCertificate.fingerprint()));
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.connect(transport.localAddress());
            byte[] check = BindingRequest.to(session.localIce(), clientIce.ufrag()).nominate().encode();
            socket.send(new DatagramPacket(check, check.length));
            socket.receive(new DatagramPacket(new byte[512], 512));
            DtlsTestClient.connect(new UDPTransport(socket, 1500), clientCertificate, session.localFingerprint(), 10_000,
                    DtlsSrtpProfile.AEAD_AES_128_GCM.id());
            return keys.get(10, TimeUnit.SECONDS);
        } finally {
            session.close();
        }
    }
}
