package dev.parley.application.token.key;

/**
 * The secret part of a key: an HMAC secret, or an Ed25519 key pair. Implementations never print
 * their bytes and compare in constant time.
 */
public sealed interface KeyMaterial permits HmacSecret, Ed25519KeyPair {

    /** The algorithm this material is for. */
    TokenAlgorithm algorithm();

    /** True when this material can produce signatures (an Ed25519 public key alone cannot). */
    boolean canSign();
}
