/**
 * The outgoing side of webhooks: {@link dev.parley.adapter.rest.webhook.JdkWebhookSender} posts
 * what the application's webhook delivery hands it, with the JDK's HTTP client.
 */
package dev.parley.adapter.rest.webhook;
