package dev.parley.domain.audit;

/** Whether an audited action was allowed and done, or denied. */
public enum AuditOutcome {
    ALLOWED,
    DENIED
}
