/**
 * Tests of the key derivation contract: RFC known answers for the primitives (RFC 7914 §11 for
 * PBKDF2-HMAC-SHA-256, RFC 5869 Appendix A for HKDF-SHA-256, the GCM specification's test case for
 * AES-256-GCM), the LiveKit and Plug-N-Meet derivations, chat tamper rejection, and the generator of
 * {@code docs/e2ee-test-vectors.json} with the test that keeps that file in step with the reference.
 */
package dev.parley.application.roomkey.derivation;
