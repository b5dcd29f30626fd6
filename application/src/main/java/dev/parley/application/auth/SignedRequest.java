package dev.parley.application.auth;

import java.util.Objects;

/**
 * What a signed server-API request carries for authentication: its headers exactly as received
 * ({@code null} when absent) and its raw body bytes.
 *
 * @param apiKey    {@code API-KEY}
 * @param signature {@code HASH-SIGNATURE}: lowercase hex HMAC-SHA256
 * @param timestamp {@code X-Parley-Timestamp}: unix seconds
 * @param nonce     {@code X-Parley-Nonce}: 16-64 characters of {@code [A-Za-z0-9_-]}
 * @param body      the raw body, byte for byte as it arrived (never re-serialised)
 */
public record SignedRequest(String apiKey, String signature, String timestamp, String nonce, byte[] body) {

    /** Header that names the API key. */
    public static final String API_KEY_HEADER = "API-KEY";
    /** Header that carries the signature. */
    public static final String SIGNATURE_HEADER = "HASH-SIGNATURE";
    /** Header that carries the request time, unix seconds. */
    public static final String TIMESTAMP_HEADER = "X-Parley-Timestamp";
    /** Header that carries the request's nonce. */
    public static final String NONCE_HEADER = "X-Parley-Nonce";

    public SignedRequest {
        Objects.requireNonNull(body, "body");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedRequest r && Objects.equals(apiKey, r.apiKey) && Objects.equals(signature, r.signature)
                && Objects.equals(timestamp, r.timestamp) && Objects.equals(nonce, r.nonce)
                && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiKey, signature, timestamp, nonce, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "SignedRequest[apiKey=" + apiKey + ", body=" + body.length + " bytes]";
    }
}
