package dev.parley.bootstrap.system.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints LiveKit-format access tokens (HS256, RFC 7515 compact form) the way a customer's backend
 * would, with the JDK's HMAC: the test shares only the API key and secret with Parley.
 */
final class AccessTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessTokens() {
    }

    /** A 10-minute token for {@code identity} with roomJoin to {@code room} (LiveKit's defaults for the rest). */
    static String join(String apiKey, String secret, String identity, String room) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode().put("iss", apiKey).put("sub", identity).put("nbf", now - 5)
                .put("exp", now + 600).put("name", identity);
        claims.putObject("video").put("roomJoin", true).put("room", room);
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + b64(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
