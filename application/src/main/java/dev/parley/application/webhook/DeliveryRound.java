package dev.parley.application.webhook;

/**
 * What one {@link WebhookDeliveryService#deliverDue()} did.
 *
 * @param claimed   messages claimed
 * @param delivered posted and answered with a 2xx status
 * @param retried   failed and scheduled again
 * @param abandoned failed at or after their maximum age: given up, recorded in the audit log
 * @param released  handed back unattempted (an earlier message of their stream failed, or the lease ran short)
 * @param lost      attempted, but the claim had passed to another worker (its lease ended) before the outcome was recorded
 */
public record DeliveryRound(int claimed, int delivered, int retried, int abandoned, int released, int lost) {

    /** True when the round found work: the caller may run another one at once. */
    public boolean foundWork() {
        return claimed > 0;
    }
}
