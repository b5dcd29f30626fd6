/**
 * Authentication of server-API callers: the two schemes of ARCHITECTURE.md §4.2 as in-ports
 * that turn what a request carries into a {@link dev.parley.application.Caller}.
 *
 * <ul>
 *   <li>{@link dev.parley.application.auth.AuthenticateBearerUseCase}: {@code Authorization: Bearer
 *       <JWT>} (LiveKit's Twirp API), verified by the token use cases.</li>
 *   <li>{@link dev.parley.application.auth.AuthenticateSignedRequestUseCase}: {@code API-KEY} and
 *       {@code HASH-SIGNATURE} (Plug-N-Meet's scheme, RFC 2104 HMAC-SHA256), extended with a
 *       timestamp and a nonce so that a captured request cannot be replayed.</li>
 * </ul>
 *
 * Out-ports: {@link dev.parley.application.auth.ApiSecretLookup} (the API secret of a key, served
 * by the key ring through {@link dev.parley.application.auth.KeyRingApiSecretLookup}) and
 * {@link dev.parley.application.auth.NonceRegistry} (nonces seen within the replay window).
 * JDK, domain and application only.
 */
package dev.parley.application.auth;
