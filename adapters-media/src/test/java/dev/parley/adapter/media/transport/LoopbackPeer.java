package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.dtls.CertificateFingerprint;
import dev.parley.adapter.media.dtls.DtlsCertificate;
import dev.parley.adapter.media.dtls.DtlsTestClient;
import dev.parley.adapter.media.ice.BindingRequest;
import dev.parley.adapter.media.ice.IceCredentials;
import dev.parley.adapter.media.stun.StunFormatException;
import dev.parley.adapter.media.stun.StunMessage;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.bouncycastle.tls.UDPTransport;

/**
 * A browser stand-in on loopback: its own UDP socket connected to the transport, its own ICE
 * credentials and DTLS certificate; sends connectivity checks, runs a DTLS client, sends RTP.
 */
final class LoopbackPeer implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    final DatagramSocket socket;
    final IceCredentials ice = IceCredentials.generate(RANDOM);
    final DtlsCertificate certificate = DtlsCertificate.generate(RANDOM, Instant.now(), Duration.ofDays(1));

    LoopbackPeer(InetSocketAddress server) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.connect(server);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** What Parley learns from this peer's SDP. */
    RemoteDescription description() {
        return RemoteDescription.of(ice.ufrag(), ice.pwd(), certificate.fingerprint());
    }

    /** Sends a check to {@code session}, shaped by {@code tweak}; the parsed response, or null if none came within {@code wait}. */
    StunMessage check(IceCredentials server, UnaryOperator<BindingRequest> tweak, Duration wait) throws IOException {
        BindingRequest request = tweak.apply(BindingRequest.to(server, ice.ufrag()));
        send(request.encode());
        long deadline = System.nanoTime() + wait.toNanos();
        byte[] buf = new byte[1500];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) left);
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                return null;
            }
            try {
                StunMessage m = StunMessage.parse(Arrays.copyOf(buf, p.getLength()), 0, p.getLength());
                if (Arrays.equals(m.transactionId(), request.transactionId())) {
                    return m;
                }
            } catch (StunFormatException notStun) {
                // something else (e.g. media): keep waiting for the response
            }
        }
    }

    /** A nominating check that must be answered. */
    StunMessage nominate(IceCredentials server) throws IOException {
        StunMessage m = check(server, BindingRequest::nominate, Duration.ofSeconds(5));
        if (m == null) {
            throw new IllegalStateException("no response to a valid check");
        }
        return m;
    }

    /** Runs the DTLS client handshake over this socket. */
    DtlsTestClient.Result dtls(CertificateFingerprint serverFingerprint, int... offeredProfiles) throws IOException {
        return DtlsTestClient.connect(new UDPTransport(socket, 1500), certificate, serverFingerprint, 10_000, offeredProfiles);
    }

    /** A minimal RTP packet (version 2, payload type 96) with this sequence number. */
    static byte[] rtp(int sequence, long ssrc) {
        byte[] p = new byte[12 + 20];
        p[0] = (byte) 0x80;
        p[1] = 96;
        p[2] = (byte) (sequence >>> 8);
        p[3] = (byte) sequence;
        p[8] = (byte) (ssrc >>> 24);
        p[9] = (byte) (ssrc >>> 16);
        p[10] = (byte) (ssrc >>> 8);
        p[11] = (byte) ssrc;
        return p;
    }

    /** A minimal RTCP receiver report (PT 201). */
    static byte[] rtcp() {
        return new byte[] {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 1};
    }

    void send(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length));
    }

    /** The next datagram, or null after {@code wait}. */
    byte[] receive(Duration wait) throws IOException {
        byte[] buf = new byte[1500];
        socket.setSoTimeout((int) wait.toMillis());
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            socket.receive(p);
            return Arrays.copyOf(buf, p.getLength());
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
