package dev.parley.application.token;

import dev.parley.application.token.key.KeyIds;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.key.TokenKey;
import dev.parley.application.token.port.DecodedToken;
import dev.parley.application.token.port.JwtCodec;
import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.participant.Identity;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.model.TokenClaims;

/**
 * Implements {@link VerifyAccessTokenUseCase}. The order of the checks is part of the design:
 * cheap, input-only checks first (size, structure, algorithm allow-list), then the key, then the
 * signature, and only then the claims' meaning, so that nothing an unauthenticated caller sends
 * reaches a store unless it names a well-formed key id, and no claim is trusted before its
 * signature is checked (RFC 8725 §3.1, §3.8; RFC 7519 §7.2).
 */
public final class TokenVerificationService implements VerifyAccessTokenUseCase {

    private final JwtCodec codec;
    private final KeyRing keyRing;
    private final RevocationList revocations;
    private final Clock clock;
    private final TokenPolicy policy;
    private final long leewayMs;
    private final long maxLifetimeMs;

    public TokenVerificationService(JwtCodec codec, KeyRing keyRing, RevocationList revocations, Clock clock, TokenPolicy policy) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
        this.revocations = Objects.requireNonNull(revocations, "revocations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.leewayMs = policy.leeway().toMillis();
        this.maxLifetimeMs = policy.maxLifetime().toMillis();
    }

    @Override
    public TokenClaims verify(String compactToken, TokenPurpose expectedPurpose) {
        Objects.requireNonNull(expectedPurpose, "expectedPurpose");
        if (compactToken == null || compactToken.isEmpty()) {
            throw refused(TokenRefusal.MALFORMED, "no token");
        }
        // Bound the work an unauthenticated caller can cause before anything is decoded.
        if (compactToken.length() > policy.maxTokenChars()) {
            throw refused(TokenRefusal.TOO_LARGE, "token is larger than the limit");
        }
        DecodedToken decoded = codec.decode(compactToken);
        TokenClaims claims = decoded.claims();

        // RFC 8725 §3.1 / §2.1: an allow-list of algorithms; "none" (in any case) is never on it.
        TokenAlgorithm algorithm = TokenAlgorithm.fromJwaName(decoded.algorithm())
                .orElseThrow(() -> refused(TokenRefusal.ALGORITHM_REFUSED, "algorithm not accepted"));
        TokenKey key = liveKey(claims.issuer());
        // RFC 8725 §3.1: the key, not the header, decides the algorithm. An HS256 header on an
        // EdDSA key (the public key used as an HMAC secret) is refused here, before any MAC.
        if (key.algorithm() != algorithm) {
            throw refused(TokenRefusal.ALGORITHM_REFUSED, "algorithm does not match the key");
        }
        if (policy.refuses(key.material())) {
            throw refused(TokenRefusal.KEY_TOO_WEAK, "key secret is shorter than 32 bytes");
        }
        // RFC 7515 §5.2 step 8 / RFC 2104: the MAC or signature must validate, compared in constant time.
        if (!codec.verifySignature(decoded, key)) {
            throw refused(TokenRefusal.SIGNATURE_INVALID, "signature does not match");
        }
        long nowMs = clock.millis();
        checkTimes(claims, nowMs);
        checkIdentity(claims);
        // RFC 8725 §3.12: a token minted for another purpose is another kind of JWT.
        if (claims.purpose() != expectedPurpose) {
            throw refused(TokenRefusal.WRONG_PURPOSE, "token was minted for another purpose");
        }
        checkRevocation(claims, Instant.ofEpochMilli(nowMs));
        return claims;
    }

    private TokenKey liveKey(String issuer) {
        // RFC 7519 §4.1.1 / RFC 8725 §3.8: the issuer must be one Parley knows; a malformed id is
        // refused before it reaches a store (no path, SQL or Unicode tricks downstream).
        if (!KeyIds.isValid(issuer)) {
            throw refused(TokenRefusal.UNKNOWN_KEY, "issuer names no key");
        }
        TokenKey key = keyRing.find(issuer).orElseThrow(() -> refused(TokenRefusal.UNKNOWN_KEY, "issuer names no key"));
        if (!key.state().mayVerify()) {
            throw refused(TokenRefusal.KEY_REVOKED, "issuer's key is revoked");
        }
        return key;
    }

    private void checkTimes(TokenClaims claims, long nowMs) {
        // Milliseconds since the epoch: the same comparisons as on Instants, without allocating.
        long exp = claims.expiresAt().toEpochMilli();
        // RFC 7519 §4.1.4: the current time MUST be before exp, with "some small leeway".
        if (nowMs >= exp + leewayMs) {
            throw refused(TokenRefusal.EXPIRED, "token has expired");
        }
        Optional<Instant> nbfClaim = claims.notBefore();
        if (nbfClaim.isPresent()) {
            long nbf = nbfClaim.get().toEpochMilli();
            // RFC 7519 §4.1.5: the current time MUST be after or equal to nbf, with leeway.
            if (nowMs + leewayMs < nbf) {
                throw refused(TokenRefusal.NOT_YET_VALID, "token is not valid yet");
            }
            if (exp <= nbf) {
                throw refused(TokenRefusal.CLAIM_INVALID, "exp is not after nbf");
            }
        }
        // Lifetime policy: exp - nbf/iat at most maxLifetime, and never valid for longer than that
        // from now (which also bounds tokens that carry neither nbf nor iat, or a future iat).
        Optional<Instant> validFrom = claims.validFrom();
        long from = validFrom.isPresent() ? validFrom.get().toEpochMilli() : nowMs;
        if (exp - from > maxLifetimeMs || exp - nowMs > maxLifetimeMs + leewayMs) {
            throw refused(TokenRefusal.LIFETIME_EXCEEDED, "token lifetime exceeds the maximum");
        }
    }

    private static void checkIdentity(TokenClaims claims) {
        // LiveKit's join validation: a token that joins a room needs an identity. The identity's
        // own rules (non-empty, <= 256, NFC, no control characters) were applied by the codec.
        if (claims.video().roomJoin() && claims.subject().isEmpty()) {
            throw refused(TokenRefusal.IDENTITY_INVALID, "a room join needs an identity");
        }
    }

    private void checkRevocation(TokenClaims claims, Instant now) {
        Optional<String> jti = claims.tokenId();
        if (jti.isPresent() && revocations.isTokenIdRevoked(jti.get(), now)) {
            throw refused(TokenRefusal.REVOKED, "token is revoked");
        }
        Optional<Identity> subject = claims.subject();
        if (subject.isPresent()
                && revocations.isSubjectRevoked(subject.get(), claims.room(), claims.validFrom().orElse(null), now)) {
            throw refused(TokenRefusal.REVOKED, "token is revoked");
        }
    }

    private static TokenRefusedException refused(TokenRefusal refusal, String description) {
        return new TokenRefusedException(refusal, description);
    }
}
