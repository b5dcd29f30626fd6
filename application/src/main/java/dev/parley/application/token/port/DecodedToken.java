package dev.parley.application.token.port;

import dev.parley.application.token.model.TokenClaims;
import java.util.Objects;

/**
 * A compact token that a {@link JwtCodec} has parsed but NOT verified: its header {@code alg},
 * its claims, and what the codec needs to check the signature later. Nothing here may be trusted
 * until {@link JwtCodec#verifySignature} says so (RFC 7515 §5.2).
 *
 * @param algorithm the header's {@code alg} exactly as written (may be {@code none}, {@code NONE}, anything)
 * @param claims    the claims, well-formed and typed, unverified
 * @param signed    the codec's own record of signing input and signature, opaque to the core
 */
public record DecodedToken(String algorithm, TokenClaims claims, Signed signed) {

    public DecodedToken {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(signed, "signed");
    }

    /** The codec-specific signing input and signature; only the codec that made it reads it. */
    public interface Signed {
    }
}
