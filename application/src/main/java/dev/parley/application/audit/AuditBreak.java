package dev.parley.application.audit;

import java.util.Objects;

/**
 * The first place where the audit chain does not hold.
 *
 * @param sequence    the entry's sequence number
 * @param kind        what is wrong: {@code MISSING}, {@code CONTENT_CHANGED}, {@code NOT_LINKED_TO_PREVIOUS}, {@code HEAD_MISMATCH}
 * @param description one line for an operator
 */
public record AuditBreak(long sequence, String kind, String description) {
    public AuditBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
