package dev.parley.adapter.nats.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The fast path of participant credentials, on the join path: a fresh user Ed25519 key pair
 * (RFC 8032 §5.1.5) and a NATS user JWT (header {@code {"typ":"JWT","alg":"ed25519-nkey"}},
 * RFC 7515 compact serialisation, Ed25519 signature by the account key over
 * {@code header.payload}). The account key is parsed once and its public key cached by Bouncy
 * Castle, where jnats' {@code NKey.sign} rebuilds the key pair at every call; user keys are
 * derived once instead of twice. Same claims as jnats' {@code JwtUtils.issueUserJWT}; the tests
 * check the output with jnats' own {@code NKey} and a real nats-server.
 */
final class ParticipantSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64URL.encodeToString(
            "{\"typ\":\"JWT\",\"alg\":\"ed25519-nkey\"}".getBytes(StandardCharsets.US_ASCII));

    private final Ed25519PrivateKeyParameters accountKey;
    private final String accountPublicKey;
    private final SecureRandom random;

    ParticipantSigner(byte[] accountSeed, String accountPublicKey, SecureRandom random) {
        if (accountSeed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes");
        }
        this.accountKey = new Ed25519PrivateKeyParameters(accountSeed, 0);
        this.accountKey.generatePublicKey();
        this.accountPublicKey = accountPublicKey;
        this.random = random;
    }

    /** A new user key pair and its JWT. */
    NatsIdentities.SignedUser sign(String name, long issuedAt, long expiresAt, List<String> publishAllow,
            List<String> subscribeAllow) {
        byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
        random.nextBytes(seed);
        Ed25519PrivateKeyParameters user = new Ed25519PrivateKeyParameters(seed, 0);
        String userPublicKey = NKeyCodec.encodePublic(NKeyCodec.USER, user.generatePublicKey().getEncoded());
        char[] seedText = NKeyCodec.encodeSeed(NKeyCodec.USER, seed);
        Arrays.fill(seed, (byte) 0);

        ObjectNode claims = JSON.createObjectNode();
        claims.put("iat", issuedAt);
        claims.put("iss", accountPublicKey);
        claims.put("name", name);
        claims.put("sub", userPublicKey);
        claims.put("exp", expiresAt);
        ObjectNode nats = claims.putObject("nats");
        permission(nats.putObject("pub"), publishAllow);
        permission(nats.putObject("sub"), subscribeAllow);
        nats.put("subs", -1);
        nats.put("data", -1);
        nats.put("payload", -1);
        nats.put("type", "user");
        nats.put("version", 2);
        try {
            byte[] unidentified = JSON.writeValueAsBytes(claims);
            claims.put("jti", new String(NKeyCodec.base32(MessageDigest.getInstance("SHA-256").digest(unidentified))));
            String payload = B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            byte[] signingInput = (HEADER + "." + payload).getBytes(StandardCharsets.US_ASCII);
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, accountKey);
            signer.update(signingInput, 0, signingInput.length);
            String jwt = HEADER + "." + payload + "." + B64URL.encodeToString(signer.generateSignature());
            return new NatsIdentities.SignedUser(userPublicKey, seedText, jwt);
        } catch (java.io.IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot sign a NATS user JWT", e);
        }
    }

    /** An allow list, or "deny everything" for an empty one (NATS reads a missing allow list as "all"). */
    private static void permission(ObjectNode node, List<String> allow) {
        ArrayNode list = allow.isEmpty() ? node.putArray("deny") : node.putArray("allow");
        if (allow.isEmpty()) {
            list.add(">");
        } else {
            allow.forEach(list::add);
        }
    }
}
