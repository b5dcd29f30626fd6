package dev.parley.adapter.media.transport;

import dev.parley.adapter.media.dtls.DtlsSrtpProfile;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the {@link MediaTransport}: start from {@link #defaults()} and change what differs
 * with the {@code with...} methods.
 *
 * @param bindAddress the local address of the one UDP socket; null binds the wildcard address
 * @param port the UDP port for every session (default 7882); 0 picks a free port (tests)
 * @param advertisedAddresses addresses put in the host candidates; empty means the bind address if
 *     it is not the wildcard, else every non-loopback, non-link-local address of the up interfaces
 * @param consentTimeout a session whose peer sent no valid binding request for this long is closed (RFC 7675 §5.1: 30 s)
 * @param handshakeTimeout a DTLS handshake not complete this long after its first packet fails
 * @param srtpProfiles the SRTP protection profiles in server preference order (RFC 5764 §4.1.1)
 * @param ioThreads threads of the I/O pool that runs DTLS handshakes and listener callbacks
 * @param receiveBufferBytes requested SO_RCVBUF of the socket (the kernel may cap it)
 * @param certificateLifetime how long one DTLS certificate is used for new sessions before a fresh one is made
 */
public record TransportConfig(
        InetAddress bindAddress,
        int port,
        List<InetAddress> advertisedAddresses,
        Duration consentTimeout,
        Duration handshakeTimeout,
        List<DtlsSrtpProfile> srtpProfiles,
        int ioThreads,
        int receiveBufferBytes,
        Duration certificateLifetime) {

    /** The default UDP port (LiveKit's RTC UDP port). */
    public static final int DEFAULT_PORT = 7882;

    /** Validates every field. */
    public TransportConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        advertisedAddresses = List.copyOf(advertisedAddresses);
        requirePositive(consentTimeout, "consentTimeout");
        requirePositive(handshakeTimeout, "handshakeTimeout");
        requirePositive(certificateLifetime, "certificateLifetime");
        srtpProfiles = List.copyOf(srtpProfiles);
        if (srtpProfiles.isEmpty() || srtpProfiles.stream().distinct().count() != srtpProfiles.size()) {
            throw new IllegalArgumentException("srtpProfiles must be a non-empty list without duplicates");
        }
        if (ioThreads < 1) {
            throw new IllegalArgumentException("ioThreads must be at least 1");
        }
        if (receiveBufferBytes < 65536) {
            throw new IllegalArgumentException("receiveBufferBytes must be at least 65536");
        }
    }

    /** Port 7882 on every address, 30 s consent and handshake timeouts, GCM then CM-HMAC-SHA1-80, 4 I/O threads. */
    public static TransportConfig defaults() {
        return new TransportConfig(null, DEFAULT_PORT, List.of(), Duration.ofSeconds(30), Duration.ofSeconds(30),
                List.of(DtlsSrtpProfile.AEAD_AES_128_GCM, DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80), 4, 4 << 20, Duration.ofDays(1));
    }

    /** Same configuration bound to {@code address} ({@code null}: wildcard) and {@code port} (0: any free port). */
    public TransportConfig withBind(InetAddress address, int port) {
        return new TransportConfig(address, port, advertisedAddresses, consentTimeout, handshakeTimeout, srtpProfiles,
                ioThreads, receiveBufferBytes, certificateLifetime);
    }

    /** Same configuration advertising these candidate addresses. */
    public TransportConfig withAdvertisedAddresses(List<InetAddress> addresses) {
        return new TransportConfig(bindAddress, port, addresses, consentTimeout, handshakeTimeout, srtpProfiles,
                ioThreads, receiveBufferBytes, certificateLifetime);
    }

    /** Same configuration with another consent timeout. */
    public TransportConfig withConsentTimeout(Duration timeout) {
        return new TransportConfig(bindAddress, port, advertisedAddresses, timeout, handshakeTimeout, srtpProfiles,
                ioThreads, receiveBufferBytes, certificateLifetime);
    }

    /** Same configuration with another DTLS handshake timeout. */
    public TransportConfig withHandshakeTimeout(Duration timeout) {
        return new TransportConfig(bindAddress, port, advertisedAddresses, consentTimeout, timeout, srtpProfiles,
                ioThreads, receiveBufferBytes, certificateLifetime);
    }

    /** Same configuration accepting only these SRTP profiles, in this order of preference. */
    public TransportConfig withSrtpProfiles(List<DtlsSrtpProfile> profiles) {
        return new TransportConfig(bindAddress, port, advertisedAddresses, consentTimeout, handshakeTimeout, profiles,
                ioThreads, receiveBufferBytes, certificateLifetime);
    }

    /** Same configuration with another I/O pool size. */
    public TransportConfig withIoThreads(int threads) {
        return new TransportConfig(bindAddress, port, advertisedAddresses, consentTimeout, handshakeTimeout, srtpProfiles,
                threads, receiveBufferBytes, certificateLifetime);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
