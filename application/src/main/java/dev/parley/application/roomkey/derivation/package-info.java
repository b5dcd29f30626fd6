/**
 * The end-to-end key derivation contract: Parley's Java reference of exactly what clients compute
 * from a room secret (a SERVER_MANAGED room key or a PARTICIPANT_SUPPLIED passphrase).
 * <ul>
 *   <li>{@link dev.parley.application.roomkey.derivation.KeyDerivation}: the contract in one place
 *       (which secret string, which derivation for media frames and for chat/data).</li>
 *   <li>{@link dev.parley.application.roomkey.derivation.LiveKitFrameKeys}: media frame keys as LiveKit's
 *       JS SDK derives them (PBKDF2 for a string key, HKDF for a raw buffer, and its ratchet step).</li>
 *   <li>{@link dev.parley.application.roomkey.derivation.ChatCipher}: chat/data keys and messages in
 *       Plug-N-Meet's scheme (PBKDF2 with the room sid as salt, AES-256-GCM, IV || ciphertext+tag).</li>
 *   <li>{@link dev.parley.application.roomkey.derivation.Pbkdf2HmacSha256} (RFC 8018 §5.2) and
 *       {@link dev.parley.application.roomkey.derivation.HkdfSha256} (RFC 5869): the primitives, on
 *       the JDK's HMAC-SHA-256 only.</li>
 * </ul>
 * Parley's server never runs these on a room's traffic (it cannot read end-to-end encrypted content);
 * they exist to define the contract, to compute the published test vectors
 * ({@code docs/e2ee-test-vectors.json}) and for tests that play a client. See {@code docs/e2ee.md}.
 */
package dev.parley.application.roomkey.derivation;
