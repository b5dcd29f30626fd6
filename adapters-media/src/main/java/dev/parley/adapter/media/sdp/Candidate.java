package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An ICE candidate {@code a=candidate:} (RFC 8839 §5.1): foundation, component, transport,
 * priority, address, port, type and the extension pairs that follow ({@code raddr}, {@code rport},
 * {@code generation}, {@code ufrag}...), kept in order. Addresses are kept as text: a browser may
 * give an mDNS name ({@code <uuid>.local}) instead of an IP.
 */
public record Candidate(String foundation, int component, String transport, long priority, String address, int port,
        String type, List<String> extensions) {

    public Candidate {
        Objects.requireNonNull(foundation, "foundation");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        extensions = List.copyOf(extensions);
    }

    /**
     * A host candidate of component 1 over UDP with the RFC 8445 §5.1.2.1 recommended priority:
     * type preference 126 (host), local preference as given, component 1.
     */
    public static Candidate udpHost(String foundation, String address, int port, int localPreference) {
        if (localPreference < 0 || localPreference > 65535) {
            throw new IllegalArgumentException("local preference is 0..65535");
        }
        long priority = (126L << 24) + ((long) localPreference << 8) + (256 - 1);
        return new Candidate(foundation, 1, "udp", priority, address, port, "host", List.of("generation", "0"));
    }

    /** Parses the attribute value (after {@code candidate:}). */
    public static Candidate parse(String value) {
        String[] f = Tokens.fields(value, "a=candidate");
        if (f.length < 8 || !"typ".equals(f[6]) || (f.length - 8) % 2 != 0) {
            throw new SdpException("a=candidate must be '<foundation> <component> <transport> <priority> <address> <port> typ <type> [name value]...'");
        }
        if (f[0].length() > 32 || !Tokens.isIceChars(f[0])) {
            throw new SdpException("a=candidate foundation must be 1 to 32 ice-chars");
        }
        int component = Tokens.parseInt(f[1], 1, 256, "a=candidate component");
        if (!Tokens.isToken(f[2])) {
            throw new SdpException("a=candidate transport is not a token");
        }
        long priority = Tokens.parseUnsigned(f[3], 10, 1, 0xFFFFFFFFL, "a=candidate priority");
        if (f[4].length() > 255 || !Tokens.isToken(f[4].replace(':', '.'))) {
            throw new SdpException("a=candidate address is not an address");
        }
        int port = Tokens.parseInt(f[5], 0, 65535, "a=candidate port");
        if (!Tokens.isToken(f[7])) {
            throw new SdpException("a=candidate type is not a token");
        }
        List<String> ext = new ArrayList<>(f.length - 8);
        for (int i = 8; i < f.length; i++) {
            ext.add(f[i]);
        }
        return new Candidate(f[0], component, f[2].toLowerCase(Locale.ROOT), priority, f[4], port, f[7], ext);
    }

    /** The attribute value, without {@code candidate:}. */
    public String attributeValue() {
        StringBuilder sb = new StringBuilder(96).append(foundation).append(' ').append(component).append(' ')
                .append(transport).append(' ').append(priority).append(' ').append(address).append(' ').append(port)
                .append(" typ ").append(type);
        for (String e : extensions) {
            sb.append(' ').append(e);
        }
        return sb.toString();
    }
}
