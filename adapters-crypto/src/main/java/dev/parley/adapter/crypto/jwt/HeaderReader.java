package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the JOSE header and returns its {@code alg}. The header never selects a key: {@code kid},
 * {@code jku}, {@code jwk}, {@code x5u}, {@code x5c} are ignored (RFC 8725 §3.10: no key or URL
 * taken from the token). Refused: a missing or non-string {@code alg}, a {@code typ} other than
 * JWT (RFC 7519 §5.1), {@code crit} (RFC 7515 §4.1.11: Parley understands no extension),
 * a nested token ({@code cty: JWT}, RFC 7519 §5.2) and JWE parameters ({@code enc}, {@code zip};
 * RFC 8725 §3.6). Headers seen before are recognised byte for byte from a small cache.
 */
final class HeaderReader {

    private static final int CACHE_SIZE = 16;

    private record Known(byte[] segment, String alg) {
    }

    private final JsonFactory json;
    private volatile Known[] known = new Known[0];

    HeaderReader(JsonFactory json) {
        this.json = json;
        // The headers LiveKit's SDKs write (Go, Java/Kotlin, Python: alg then typ; JS: alg alone)
        // and Parley's own, so that a flood of odd headers can never push them out of the cache.
        for (String h : new String[] {"{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"alg\":\"HS256\"}",
                "{\"typ\":\"JWT\",\"alg\":\"HS256\"}", "{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}"}) {
            byte[] plain = h.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] segment = new byte[Base64Url.encodedLength(plain.length)];
            Base64Url.encode(plain, 0, plain.length, segment, 0);
            algorithm(segment, segment.length);
        }
    }

    /** The {@code alg} of the header encoded in {@code raw[0, end)}. */
    String algorithm(byte[] raw, int end) {
        Known[] cache = known;
        for (Known k : cache) {
            if (k.segment.length == end && Arrays.equals(raw, 0, end, k.segment, 0, end)) {
                return k.alg;
            }
        }
        byte[] header = Base64Url.decode(raw, 0, end);
        if (header == null) {
            throw Refusals.malformed("header is not base64url");
        }
        String alg = parse(header);
        if (cache.length < CACHE_SIZE) {
            Known[] grown = Arrays.copyOf(cache, cache.length + 1);
            grown[cache.length] = new Known(Arrays.copyOf(raw, end), alg);
            known = grown;
        }
        return alg;
    }

    private String parse(byte[] header) {
        String alg = null;
        try (JsonParser p = json.createParser(header)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw Refusals.malformed("header is not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "alg" -> {
                        if (v != JsonToken.VALUE_STRING) {
                            throw Refusals.malformed("header alg is not a string");
                        }
                        alg = p.getText();
                    }
                    case "typ" -> {
                        if (v != JsonToken.VALUE_STRING || !"JWT".equalsIgnoreCase(p.getText())) {
                            throw Refusals.malformed("header typ is not JWT");
                        }
                    }
                    case "cty" -> {
                        if (v != JsonToken.VALUE_STRING || "JWT".equalsIgnoreCase(p.getText())) {
                            throw Refusals.malformed("nested tokens are not accepted");
                        }
                    }
                    case "crit", "enc", "zip" -> throw Refusals.malformed("header parameter not supported");
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw Refusals.malformed("header is not one JSON object");
            }
        } catch (IOException e) {
            throw Refusals.malformed("header is not valid JSON");
        }
        if (alg == null) {
            throw Refusals.malformed("header has no alg");
        }
        return alg;
    }
}
