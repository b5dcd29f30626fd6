/**
 * Access tokens: the LiveKit-compatible claims model, the stable refusal codes, the in-ports
 * that verify and mint tokens, and the services behind them.
 *
 * <p>The rules follow RFC 7519 (JWT), RFC 8725 (JWT best current practices), RFC 2104 (HMAC)
 * and RFC 8037 (EdDSA in JOSE); each check cites its section where it is made. Mechanics
 * (JSON, base64url, HMAC, Ed25519) live behind the out-ports in
 * {@link dev.parley.application.token.port}; policy (which key, which algorithm, which times,
 * which purpose, what is revoked) lives here.
 */
package dev.parley.application.token;
