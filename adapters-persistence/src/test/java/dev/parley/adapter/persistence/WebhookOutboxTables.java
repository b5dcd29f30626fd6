package dev.parley.adapter.persistence;

import dev.parley.application.webhook.port.WebhookOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The webhook outbox of a test database: emptied, and offered as a port whose every call is a transaction. */
final class WebhookOutboxTables {

    private WebhookOutboxTables() {
    }

    /** Empties {@code webhook_outbox} (TestDatabase.reset() predates it) and returns {@code db}. */
    static TestDatabase emptied(TestDatabase db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM webhook_outbox");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty webhook_outbox", e);
        }
        return db;
    }

    /** A fresh, empty outbox on {@code db} whose every call runs in its own transaction and EntityManager. */
    static WebhookOutbox outbox(TestDatabase db) {
        return emptied(db).transactional(WebhookOutbox.class, JpaWebhookOutbox::new);
    }
}
