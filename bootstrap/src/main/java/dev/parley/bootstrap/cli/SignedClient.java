package dev.parley.bootstrap.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs to Parley's server API as a signed request: {@code HASH-SIGNATURE} = lowercase hex
 * HMAC-SHA256 (RFC 2104) under the API secret of {@code timestamp "\n" nonce "\n" body}, with
 * {@code X-Parley-Timestamp} (unix seconds) and a fresh random {@code X-Parley-Nonce}.
 */
final class SignedClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();
    private final URI base;
    private final ApiCredentials.Resolved key;

    SignedClient(URI base, ApiCredentials.Resolved key) {
        this.base = base;
        this.key = key;
    }

    /** The response to a signed POST of {@code body} to {@code path}. */
    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        byte[] n = new byte[18];
        random.nextBytes(n);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(n);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("API-KEY", key.keyId())
                .header("X-Parley-Timestamp", timestamp)
                .header("X-Parley-Nonce", nonce)
                .header("HASH-SIGNATURE", sign(timestamp, nonce, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String sign(String timestamp, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
