package dev.parley.application.auth.fake;

import dev.parley.application.auth.RequestSignature;
import dev.parley.application.auth.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** Signs requests as a client holding an API key would, for tests of the server side. */
public final class TestSigner {

    private final String keyId;
    private final byte[] secret;
    private final AtomicLong nonces = new AtomicLong();

    public TestSigner(String keyId, String secret) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A replay-protected request signed at {@code at} with a fresh nonce. */
    public SignedRequest sign(byte[] body, Instant at) {
        return sign(body, Long.toString(at.getEpochSecond()), freshNonce());
    }

    /** A replay-protected request with the given header values. */
    public SignedRequest sign(byte[] body, String timestamp, String nonce) {
        String signature = RequestSignature.toHex(RequestSignature.replayProtected(secret, timestamp, nonce, body));
        return new SignedRequest(keyId, signature, timestamp, nonce, body);
    }

    /** A plain Plug-N-Meet request: the HMAC of the body alone, no timestamp or nonce. */
    public SignedRequest signPlain(byte[] body) {
        return new SignedRequest(keyId, RequestSignature.toHex(RequestSignature.plain(secret, body)), null, null, body);
    }

    /** A nonce never handed out before by this signer. */
    public String freshNonce() {
        return String.format("nonce-%016d", nonces.incrementAndGet());
    }

    /** The key id this signer names in {@code API-KEY}. */
    public String keyId() {
        return keyId;
    }
}
