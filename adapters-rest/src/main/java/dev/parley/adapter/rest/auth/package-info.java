/**
 * What the REST adapter needs to authenticate callers: reading the {@code Authorization: Bearer}
 * header (RFC 6750 §2.1) and a bounded, thread-safe in-memory
 * {@link dev.parley.application.auth.NonceRegistry} for the signed-request replay protection.
 */
package dev.parley.adapter.rest.auth;
