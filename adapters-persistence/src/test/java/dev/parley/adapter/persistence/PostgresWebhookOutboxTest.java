package dev.parley.adapter.persistence;

import dev.parley.application.webhook.contract.WebhookOutboxContractTest;
import dev.parley.application.webhook.port.WebhookOutbox;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's WebhookOutbox contract against {@link JpaWebhookOutbox} on a real PostgreSQL server. */
@ExtendWith(PostgresExtension.class)
class PostgresWebhookOutboxTest extends WebhookOutboxContractTest {

    @Override
    protected WebhookOutbox newOutbox() {
        return WebhookOutboxTables.outbox(TestDatabase.postgres());
    }
}
