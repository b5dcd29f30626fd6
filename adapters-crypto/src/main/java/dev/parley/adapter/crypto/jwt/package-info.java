/**
 * The JWT codec: LiveKit's claim format in compact JWS (RFC 7515 §7.1, RFC 7519), HS256 through
 * per-key, per-thread {@link javax.crypto.Mac} instances (RFC 2104, RFC 7518 §3.2) and EdDSA
 * through the JDK's Ed25519 (RFC 8037). Parsing is strict and bounded: base64url without padding
 * or stray bits, Jackson's streaming parser with duplicate detection and depth, string, number and
 * document limits, exact types for known claims, unknown claims skipped.
 */
package dev.parley.adapter.crypto.jwt;
