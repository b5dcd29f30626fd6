/**
 * Parley's shared cryptography, behind the application's out-ports: the JWT codec
 * ({@link dev.parley.adapter.crypto.jwt}), the secret sealer ({@link dev.parley.adapter.crypto.seal})
 * and key generation ({@link dev.parley.adapter.crypto.keys}). JDK crypto (javax.crypto, the JDK's
 * Ed25519) and Jackson's streaming API only; wired in bootstrap, replaceable by a PKCS#11/HSM module.
 */
package dev.parley.adapter.crypto;
