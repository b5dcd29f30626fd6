/**
 * The key ring: API keys that sign and verify tokens (HS256 secrets as LiveKit uses them, and
 * Ed25519 key pairs for deployments that want verifiers without the signing secret), their
 * states during rotation, the in-port that manages them and the service that unseals and
 * caches them for the hot path. Secrets leave this package only sealed, or once, at creation.
 */
package dev.parley.application.token.key;
