package dev.parley.application.token.key;

import java.util.Optional;

/**
 * The JWS algorithms a key can carry (RFC 7518 §3.1 names). The key decides; a token's header
 * only has to agree (RFC 8725 §2.1, §3.1): the header never chooses the key type.
 */
public enum TokenAlgorithm {
    /** HMAC with SHA-256 over the API secret (RFC 7518 §3.2, RFC 2104): LiveKit's only algorithm. */
    HS256("HS256"),
    /** Ed25519 signatures (RFC 8037 §3.1): verifiers need only the public key. */
    EDDSA("EdDSA");

    private final String jwaName;

    TokenAlgorithm(String jwaName) {
        this.jwaName = jwaName;
    }

    /** The {@code alg} header value, case-sensitive (RFC 7515 §4.1.1). */
    public String jwaName() {
        return jwaName;
    }

    /** The algorithm whose {@code alg} value is exactly {@code name}; empty for anything else, {@code none} included. */
    public static Optional<TokenAlgorithm> fromJwaName(String name) {
        if (HS256.jwaName.equals(name)) {
            return Optional.of(HS256);
        }
        if (EDDSA.jwaName.equals(name)) {
            return Optional.of(EDDSA);
        }
        return Optional.empty();
    }
}
