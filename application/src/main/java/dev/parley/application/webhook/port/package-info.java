/**
 * Out-ports of webhook delivery: the durable outbox the events are written to (in the same
 * transaction as the change they describe) and the HTTP sender that posts them.
 */
package dev.parley.application.webhook.port;
