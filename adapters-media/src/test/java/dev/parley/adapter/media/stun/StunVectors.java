package dev.parley.adapter.media.stun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Loads the RFC 5769 vectors kept as commented hex under {@code src/test/resources/stun/}. */
final class StunVectors {

    static final String PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";
    static final byte[] KEY = PASSWORD.getBytes(StandardCharsets.US_ASCII);

    private StunVectors() {
    }

    static byte[] request() {
        return load("rfc5769-2.1-request.hex");
    }

    static byte[] ipv4Response() {
        return load("rfc5769-2.2-response-ipv4.hex");
    }

    static byte[] ipv6Response() {
        return load("rfc5769-2.3-response-ipv6.hex");
    }

    static byte[] load(String name) {
        try (InputStream in = StunVectors.class.getResourceAsStream("/stun/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource stun/" + name);
            }
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#")) {
                    hex.append(line.replaceAll("\\s+", ""));
                }
            }
            return HexFormat.of().parseHex(hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
