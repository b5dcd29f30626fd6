/**
 * The embedded NATS server: the configuration Parley writes (loopback TCP and WebSocket
 * listeners, JetStream, operator mode with a full resolver), and the supervisor that runs
 * {@code nats-server} as a child process, restarts it when it dies and stops it on close.
 */
package dev.parley.adapter.nats.server;
