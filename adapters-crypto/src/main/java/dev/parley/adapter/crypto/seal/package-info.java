/**
 * Sealing secrets at rest with AES-256-GCM (RFC 5116 AEAD_AES_256_GCM, NIST SP 800-38D) under
 * a 32-byte master key from configuration or the environment. The {@code SecretSealer} port it
 * implements is shaped so that a PKCS#11 token or HSM (CKM_AES_GCM, or key wrapping) can
 * replace it without touching the core.
 */
package dev.parley.adapter.crypto.seal;
