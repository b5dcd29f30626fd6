/**
 * Durable webhooks, signed and shaped like LiveKit's: {@link dev.parley.application.webhook.OutboxRoomEventPublisher}
 * writes each room event to the outbox in the transaction of the change, and
 * {@link dev.parley.application.webhook.WebhookDeliveryService} posts it afterwards, in order per
 * room and endpoint, retrying with backoff until a maximum age. The outbox and the HTTP client
 * are out-ports ({@link dev.parley.application.webhook.port}).
 */
package dev.parley.application.webhook;
