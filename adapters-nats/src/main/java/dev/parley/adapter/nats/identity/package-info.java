/**
 * Parley's NATS trust chain: the operator, the application account and the system account
 * nkeys (sealed at rest, the same on every node and after every restart), and the JWTs they sign
 * for the server configuration, the account's revocation list and participant users.
 */
package dev.parley.adapter.nats.identity;
