/**
 * The {@link dev.parley.application.messaging.port.MessagingGateway} and
 * {@link dev.parley.application.port.out.RoomEventPublisher} on NATS: participant credentials,
 * the account's revocation list pushed to the servers, Parley's own connections.
 */
package dev.parley.adapter.nats.gateway;
