/**
 * STUN message codec (RFC 8489) for ICE: parsing as a zero-copy view with the structural rules of
 * §5 and §14, writing into caller buffers, MESSAGE-INTEGRITY (HMAC-SHA1, §14.5),
 * MESSAGE-INTEGRITY-SHA256 (§14.6), FINGERPRINT (§14.7), XOR-MAPPED-ADDRESS (§14.2) and ERROR-CODE
 * (§14.8). Malformed input raises only {@link dev.parley.adapter.media.stun.StunFormatException}.
 */
package dev.parley.adapter.media.stun;
