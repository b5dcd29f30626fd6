package dev.parley.adapter.rest.webhook;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.TokenKey;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.port.DecodedToken;
import dev.parley.application.token.port.JwtCodec;
import java.util.Date;
import java.util.Map;

/**
 * Encodes HS256 tokens with com.auth0 java-jwt, for the webhook interop test only. Parley's own
 * codec lives in adapters-crypto, which this adapter may not depend on (ARCHITECTURE.md §2);
 * adapters-crypto's LiveKitSdkInteropTest shows that codec's webhook tokens pass the same
 * WebhookReceiver. What this test checks is the rest of the path: that the token's sha256
 * covers exactly the bytes that reach the receiver, and the header and body are LiveKit's.
 */
final class JavaJwtCodec implements JwtCodec {

    @Override
    public String encode(TokenClaims claims, TokenKey key) {
        if (!(key.material() instanceof HmacSecret secret)) {
            throw new IllegalArgumentException("HS256 keys only");
        }
        JWTCreator.Builder b = JWT.create()
                .withIssuer(claims.issuer())
                .withExpiresAt(Date.from(claims.expiresAt()))
                .withClaim("video", Map.of());
        claims.notBefore().ifPresent(t -> b.withNotBefore(Date.from(t)));
        claims.issuedAt().ifPresent(t -> b.withIssuedAt(Date.from(t)));
        claims.tokenId().ifPresent(b::withJWTId);
        claims.sha256().ifPresent(s -> b.withClaim("sha256", s));
        b.withClaim("purpose", claims.purpose().claimValue());
        return b.sign(Algorithm.HMAC256(secret.secret()));
    }

    @Override
    public DecodedToken decode(String compact) {
        throw new UnsupportedOperationException("encode only");
    }

    @Override
    public boolean verifySignature(DecodedToken token, TokenKey key) {
        throw new UnsupportedOperationException("encode only");
    }
}
