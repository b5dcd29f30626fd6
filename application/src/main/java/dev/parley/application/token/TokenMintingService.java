package dev.parley.application.token;

import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenKey;
import dev.parley.application.token.port.JwtCodec;
import dev.parley.domain.DomainViolation;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.model.TokenClaims;

/**
 * Implements {@link MintAccessTokenUseCase}: picks the signing key, applies the lifetime policy,
 * sets {@code iat = nbf = now} and a random 128-bit {@code jti} (so the token can be revoked by
 * id, RFC 7519 §4.1.7) and has the codec sign.
 */
public final class TokenMintingService implements MintAccessTokenUseCase {

    private static final Base64.Encoder JTI_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private final JwtCodec codec;
    private final KeyRing keyRing;
    private final Clock clock;
    private final TokenPolicy policy;
    private final SecureRandom random;

    public TokenMintingService(JwtCodec codec, KeyRing keyRing, Clock clock, TokenPolicy policy, SecureRandom random) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.keyRing = Objects.requireNonNull(keyRing, "keyRing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
    }

    public TokenMintingService(JwtCodec codec, KeyRing keyRing, Clock clock, TokenPolicy policy) {
        this(codec, keyRing, clock, policy, new SecureRandom());
    }

    @Override
    public MintedToken mint(MintTokenCommand command) {
        Objects.requireNonNull(command, "command");
        TokenKey key = signingKey(command.keyId());
        Duration ttl = command.ttl() == null ? policy.defaultTtl() : command.ttl();
        if (ttl.isNegative() || ttl.isZero() || ttl.toSeconds() < 1) {
            throw new TokenRefusedException(TokenRefusal.CLAIM_INVALID, "ttl must be at least one second");
        }
        if (ttl.compareTo(policy.maxLifetime()) > 0) {
            throw new TokenRefusedException(TokenRefusal.LIFETIME_EXCEEDED, "ttl exceeds the maximum lifetime");
        }
        VideoGrant grant = grantFor(command);
        if (grant.roomJoin() && command.identity() == null) {
            throw new TokenRefusedException(TokenRefusal.IDENTITY_INVALID, "a room join needs an identity");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TokenClaims claims = new TokenClaims(key.id(), Optional.ofNullable(command.identity()),
                now.plusSeconds(ttl.toSeconds()), Optional.of(now), Optional.of(now), Optional.of(newTokenId()),
                command.name(), command.metadata(), command.attributes(), command.kind(),
                Optional.ofNullable(command.sha256()), grant, command.purpose());
        String token = codec.encode(claims, key);
        if (token.length() > policy.maxTokenChars()) {
            throw new TokenRefusedException(TokenRefusal.TOO_LARGE, "token would be larger than the limit");
        }
        return new MintedToken(token, claims);
    }

    private TokenKey signingKey(String keyId) {
        TokenKey key;
        if (keyId == null) {
            key = keyRing.newestSigningKey()
                    .orElseThrow(() -> new TokenRefusedException(TokenRefusal.KEY_NOT_ACTIVE, "no key may sign"));
        } else {
            key = keyRing.find(keyId).orElseThrow(() -> new TokenRefusedException(TokenRefusal.UNKNOWN_KEY, "no such key"));
        }
        if (key.state() == KeyState.REVOKED) {
            throw new TokenRefusedException(TokenRefusal.KEY_REVOKED, "key is revoked");
        }
        if (!key.maySign()) {
            throw new TokenRefusedException(TokenRefusal.KEY_NOT_ACTIVE, "key may verify but not sign");
        }
        if (policy.refuses(key.material())) {
            throw new TokenRefusedException(TokenRefusal.KEY_TOO_WEAK, "key secret is shorter than 32 bytes");
        }
        return key;
    }

    private static VideoGrant grantFor(MintTokenCommand command) {
        VideoGrant grant = command.grants();
        String room = command.room();
        if (room != null && !room.isEmpty()) {
            if (!grant.room().isEmpty() && !grant.room().equals(room)) {
                throw new TokenRefusedException(TokenRefusal.CLAIM_INVALID, "room differs from the grant's room");
            }
            grant = grant.toBuilder().room(room).build();
        }
        if (!grant.room().isEmpty()) {
            try {
                RoomName.of(grant.room());
            } catch (DomainViolation e) {
                throw new TokenRefusedException(TokenRefusal.CLAIM_INVALID, "room name is not valid");
            }
        }
        return grant;
    }

    private String newTokenId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return JTI_ENCODING.encodeToString(bytes);
    }
}
