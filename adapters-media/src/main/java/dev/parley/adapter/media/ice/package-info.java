/**
 * ICE-lite (RFC 8445 §2.5): per-session credentials, the agent answering connectivity checks on the
 * shared UDP port, the valid/nominated remote address of each session, and consent freshness
 * (RFC 7675). Parley is always the controlled, lite side; it sends no checks of its own.
 */
package dev.parley.adapter.media.ice;
