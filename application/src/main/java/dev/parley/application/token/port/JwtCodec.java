package dev.parley.application.token.port;

import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.key.TokenKey;

/** Encodes claims to a signed compact JWS and decodes one back (RFC 7519 §7, RFC 7515 §7.1); no policy. */
public interface JwtCodec {

    /**
     * Serialises {@code claims} with LiveKit's claim names and signs them with {@code key} using
     * the key's algorithm. The caller has checked that the key may sign.
     */
    String encode(TokenClaims claims, TokenKey key);

    /**
     * Parses a compact token strictly (base64url without padding, one JSON object per segment,
     * no duplicate names, bounded nesting, exact claim types) without checking its signature.
     *
     * @throws TokenRefusedException with {@code token_malformed}, {@code token_too_large},
     *         {@code token_claim_missing}, {@code token_claim_type_invalid}, {@code token_claim_invalid}
     *         or {@code token_identity_invalid}; never anything else
     */
    DecodedToken decode(String compact);

    /**
     * True when the decoded token's signature is valid under {@code key} with the key's own
     * algorithm (compared in constant time). False for a token another codec decoded.
     */
    boolean verifySignature(DecodedToken token, TokenKey key);
}
