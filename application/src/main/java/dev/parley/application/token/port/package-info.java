/**
 * Out-ports of the token core: the JWT codec, the key ring store, the secret sealer, the
 * revocation list and the key material generator. Each has an in-memory fake and, where a
 * persistence adapter will implement it, an abstract contract test in the application's
 * test-jar. Time comes from {@link java.time.Clock}.
 */
package dev.parley.application.token.port;
