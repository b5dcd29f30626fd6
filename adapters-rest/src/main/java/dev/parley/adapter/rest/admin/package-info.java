/**
 * Parley's own server API under {@code /api/v1}: issuing access tokens and administering the key
 * ring. A caller authenticates with a signed request (API-KEY, HASH-SIGNATURE, X-Parley-Timestamp,
 * X-Parley-Nonce) or, for token issuing only, a Bearer token with roomAdmin for the room.
 */
package dev.parley.adapter.rest.admin;
