package dev.parley.adapter.media.ice;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A local host candidate advertised in SDP (RFC 8445 §5.1.1.1, §5.1.2; SDP grammar RFC 8839 §5.1).
 * Parley only has host candidates: one UDP port, its addresses taken from configuration.
 */
public record IceCandidate(String foundation, int component, long priority, InetAddress address, int port) {

    /** Type preference of host candidates (RFC 8445 §5.1.2.2 recommends 126). */
    public static final int HOST_TYPE_PREFERENCE = 126;

    /** Validates the fields. */
    public IceCandidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(address, "address");
        if (component < 1 || component > 256) {
            throw new IllegalArgumentException("component must be 1-256");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535");
        }
    }

    /**
     * A host candidate for component 1 (RTP, rtcp-mux) with the RFC 8445 §5.1.2.1 priority
     * {@code 2^24 * typePref + 2^8 * localPref + (256 - component)}.
     */
    public static IceCandidate host(int index, InetAddress address, int port) {
        int localPreference = Math.max(0, 65535 - index);
        long priority = (1L << 24) * HOST_TYPE_PREFERENCE + (1L << 8) * localPreference + (256 - 1);
        return new IceCandidate(Integer.toString(index + 1), 1, priority, address, port);
    }

    /** The value of an {@code a=candidate:} attribute, e.g. {@code 1 1 udp 2130706431 127.0.0.1 7882 typ host}. */
    public String sdpValue() {
        String host = address.getHostAddress();
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope);
        }
        return foundation + " " + component + " udp " + priority + " " + host + " " + port + " typ host";
    }
}
