package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.key.TokenKey;
import dev.parley.application.token.port.DecodedToken;
import dev.parley.application.token.port.JwtCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@link JwtCodec}: compact JWS (RFC 7515 §7.1) with LiveKit's claims, HS256 and EdDSA.
 * Thread-safe; one instance serves the whole application.
 *
 * <p>Decoding works on the token's ASCII bytes: exactly three segments, each strict base64url;
 * the header through a small cache of known headers; the claims in one streaming pass. Signing
 * input for verification is the token's own bytes up to the second dot (RFC 7515 §5.2 step 8),
 * never a re-encoding.
 */
public final class JacksonJwtCodec implements JwtCodec {

    private static final byte DOT = '.';

    private final CodecLimits limits;
    private final HeaderReader headers;
    private final ClaimsReader claimsReader;
    private final ClaimsWriter claimsWriter;
    private final HmacSha256 hmac = new HmacSha256();
    private final Ed25519 ed25519 = new Ed25519();
    private final byte[] hs256Header;
    private final byte[] eddsaHeader;

    /** The signing input, signature and algorithm of a decoded token; only this codec reads it. */
    private record Signed(byte[] raw, int signingInputLength, byte[] signature) implements DecodedToken.Signed {
    }

    public JacksonJwtCodec() {
        this(CodecLimits.defaults());
    }

    public JacksonJwtCodec(CodecLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.headers = new HeaderReader(StrictJson.factory(limits, true));
        JsonFactory json = StrictJson.factory(limits, false);
        this.claimsReader = new ClaimsReader(json);
        this.claimsWriter = new ClaimsWriter(json);
        this.hs256Header = encodeSegment("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));
        this.eddsaHeader = encodeSegment("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String encode(TokenClaims claims, TokenKey key) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(key, "key");
        byte[] header = key.algorithm() == TokenAlgorithm.HS256 ? hs256Header : eddsaHeader;
        byte[] payload = claimsWriter.write(claims);
        int sigChars = Base64Url.encodedLength(key.algorithm() == TokenAlgorithm.HS256 ? HmacSha256.MAC_BYTES : Ed25519.SIGNATURE_BYTES);
        int signingInputLength = header.length + 1 + Base64Url.encodedLength(payload.length);
        byte[] out = new byte[signingInputLength + 1 + sigChars];
        System.arraycopy(header, 0, out, 0, header.length);
        out[header.length] = DOT;
        Base64Url.encode(payload, 0, payload.length, out, header.length + 1);
        byte[] signature = key.material() instanceof HmacSecret secret
                ? hmac.mac(key.id(), secret, out, signingInputLength)
                : ed25519.sign(key.id(), (Ed25519KeyPair) key.material(), out, signingInputLength);
        out[signingInputLength] = DOT;
        Base64Url.encode(signature, 0, signature.length, out, signingInputLength + 1);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    @Override
    public DecodedToken decode(String compact) {
        if (compact == null || compact.isEmpty()) {
            throw Refusals.malformed("no token");
        }
        if (compact.length() > limits.maxTokenChars()) {
            throw new TokenRefusedException(TokenRefusal.TOO_LARGE, "token is larger than the codec accepts");
        }
        // Latin-1 is a plain copy of a compact string; any non-ASCII byte (or the "?" that replaces a
        // character beyond Latin-1) is refused by the base64url decoder, so only ASCII tokens pass.
        byte[] raw = compact.getBytes(StandardCharsets.ISO_8859_1);
        if (raw.length != compact.length()) {
            // A surrogate pair became one "?": byte and char offsets would no longer agree.
            throw Refusals.malformed("token is not ASCII");
        }
        int dot1 = compact.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : compact.indexOf('.', dot1 + 1);
        // RFC 7515 §7.1: exactly three parts. Five parts (JWE, RFC 7516 §7.1) or two are refused.
        if (dot1 <= 0 || dot2 < 0 || dot2 == dot1 + 1 || compact.indexOf('.', dot2 + 1) >= 0) {
            throw Refusals.malformed("token is not three segments");
        }
        String alg = headers.algorithm(raw, dot1);
        byte[] payload = Base64Url.decode(raw, dot1 + 1, dot2);
        if (payload == null) {
            throw Refusals.malformed("claims are not base64url");
        }
        byte[] signature = Base64Url.decode(raw, dot2 + 1, raw.length);
        if (signature == null) {
            throw Refusals.malformed("signature is not base64url");
        }
        TokenClaims claims = claimsReader.read(payload);
        return new DecodedToken(alg, claims, new Signed(raw, dot2, signature));
    }

    @Override
    public boolean verifySignature(DecodedToken token, TokenKey key) {
        if (!(token.signed() instanceof Signed s) || !key.algorithm().jwaName().equals(token.algorithm())) {
            return false;
        }
        if (key.material() instanceof HmacSecret secret) {
            return hmac.verify(key.id(), secret, s.raw, s.signingInputLength, s.signature);
        }
        return ed25519.verify(key.id(), (Ed25519KeyPair) key.material(), s.raw, s.signingInputLength, s.signature);
    }

    private static byte[] encodeSegment(byte[] plain) {
        byte[] out = new byte[Base64Url.encodedLength(plain.length)];
        Base64Url.encode(plain, 0, plain.length, out, 0);
        return out;
    }
}
