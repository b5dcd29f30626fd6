package dev.parley.bootstrap.wiring;

import dev.parley.adapter.persistence.JpaWebhookOutbox;
import dev.parley.adapter.persistence.PersistenceUnit;
import dev.parley.application.webhook.port.OutboxEntry;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.application.webhook.port.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as the delivery worker uses it: every operation in a short transaction of its own,
 * outside any business transaction. (The publisher appends through a plain {@link JpaWebhookOutbox}
 * instead, so that its append joins the transaction of the change it reports.)
 */
@ApplicationScoped
public class TransactionalWebhookOutbox implements WebhookOutbox {

    @PersistenceContext(unitName = PersistenceUnit.NAME)
    private EntityManager em;

    private JpaWebhookOutbox outbox() {
        return new JpaWebhookOutbox(em);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(WebhookMessage message) {
        outbox().append(message);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEntry> claim(Instant now, int maxStreams, int perStream, Duration lease, String claimant) {
        return outbox().claim(now, maxStreams, perStream, lease, claimant);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markDelivered(long sequence, String claimant, Instant at) {
        return outbox().markDelivered(sequence, claimant, at);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailed(long sequence, String claimant, int attempts, String error, Instant nextAttemptAt) {
        return outbox().markFailed(sequence, claimant, attempts, error, nextAttemptAt);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markAbandoned(long sequence, String claimant, int attempts, String error, Instant at) {
        return outbox().markAbandoned(sequence, claimant, attempts, error, at);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(long sequence, String claimant) {
        return outbox().release(sequence, claimant);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeDelivered(Instant deliveredBefore) {
        return outbox().purgeDelivered(deliveredBefore);
    }
}
