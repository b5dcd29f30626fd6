/** The contract every {@link dev.parley.application.webhook.port.WebhookOutbox} keeps, published in the test-jar. */
package dev.parley.application.webhook.contract;
