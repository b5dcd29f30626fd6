package dev.parley.adapter.persistence;

import dev.parley.application.webhook.contract.WebhookOutboxContractTest;
import dev.parley.application.webhook.port.WebhookOutbox;

/** The application's WebhookOutbox contract against {@link JpaWebhookOutbox} on an H2 file database. */
class H2WebhookOutboxTest extends WebhookOutboxContractTest {

    @Override
    protected WebhookOutbox newOutbox() {
        return WebhookOutboxTables.outbox(TestDatabase.h2());
    }
}
