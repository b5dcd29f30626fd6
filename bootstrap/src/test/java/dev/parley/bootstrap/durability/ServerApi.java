package dev.parley.bootstrap.durability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A server-side client of a running Parley over real HTTP on loopback, written from the wire
 * formats rather than with Parley's own classes: LiveKit's Twirp RoomService with an HS256 Bearer
 * token signed here with {@code javax.crypto}, and the Plug-N-Meet signed API with Parley's
 * replay-protected signature, HMAC-SHA256(secret, timestamp "\n" nonce "\n" body) in lowercase hex.
 */
public final class ServerApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String JWT_HEADER = B64URL.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final SecureRandom random = new SecureRandom();
    private final String base;
    private final String key;
    private final byte[] secret;

    public ServerApi(int port, String key, String secret) {
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code POST /twirp/livekit.RoomService/<method>} with a fresh Bearer token (room-scoped when {@code room} is given). */
    public HttpResponse<String> twirp(String method, String room, ObjectNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/twirp/livekit.RoomService/" + method))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer(room))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code POST /auth/room/<action>}, signed with timestamp and a fresh nonce. */
    public HttpResponse<String> signed(String action, ObjectNode body) throws IOException, InterruptedException {
        return signedPost("/auth/room/" + action, body);
    }

    /** {@code POST <path>} (any of Parley's signed endpoints), signed with timestamp and a fresh nonce. */
    public HttpResponse<String> signedPost(String path, ObjectNode body) throws IOException, InterruptedException {
        byte[] raw = JSON.writeValueAsBytes(body);
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        byte[] n = new byte[18];
        random.nextBytes(n);
        String nonce = B64URL.encodeToString(n);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("API-KEY", key)
                .header("X-Parley-Timestamp", timestamp)
                .header("X-Parley-Nonce", nonce)
                .header("HASH-SIGNATURE", HexFormat.of().formatHex(
                        hmac((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.US_ASCII), raw)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * An access token as LiveKit's server SDKs mint one for RoomServiceClient: issuer = API key,
     * no identity, 10 minutes, a video grant with roomCreate, roomList and roomAdmin (scoped to
     * {@code room} when given: UpdateRoomMetadata needs roomAdmin for exactly that room).
     */
    public String bearer(String room) {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = JSON.createObjectNode().put("iss", key).put("nbf", now - 5).put("exp", now + 600);
        ObjectNode video = claims.putObject("video").put("roomCreate", true).put("roomList", true).put("roomAdmin", true);
        if (room != null) {
            video.put("room", room);
        }
        try {
            String signingInput = JWT_HEADER + "." + B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            return signingInput + "." + B64URL.encodeToString(hmac(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A participant access token for {@code identity} in {@code room} (roomJoin, LiveKit defaults otherwise), 10 minutes. */
    public String participantToken(String identity, String room) {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = JSON.createObjectNode().put("iss", key).put("sub", identity).put("nbf", now - 5).put("exp", now + 600);
        claims.putObject("video").put("roomJoin", true).put("room", room);
        try {
            String signingInput = JWT_HEADER + "." + B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            return signingInput + "." + B64URL.encodeToString(hmac(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /api/verifyToken} with {@code token} as the Bearer credential. */
    public HttpResponse<String> verifyToken(String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/verifyToken")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static com.fasterxml.jackson.databind.JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }

    private byte[] hmac(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
