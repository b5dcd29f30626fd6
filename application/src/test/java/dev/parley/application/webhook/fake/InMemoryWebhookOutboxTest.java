package dev.parley.application.webhook.fake;

import dev.parley.application.webhook.contract.WebhookOutboxContractTest;
import dev.parley.application.webhook.port.WebhookOutbox;

/** The in-memory outbox keeps the contract the JPA one keeps. */
class InMemoryWebhookOutboxTest extends WebhookOutboxContractTest {

    @Override
    protected WebhookOutbox newOutbox() {
        return new InMemoryWebhookOutbox();
    }
}
