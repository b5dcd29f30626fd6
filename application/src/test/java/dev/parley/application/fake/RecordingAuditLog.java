package dev.parley.application.fake;

import dev.parley.application.port.out.AuditLog;
import dev.parley.domain.audit.AuditEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every audit event in order, for assertions. */
public final class RecordingAuditLog implements AuditLog {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    /** Everything recorded so far. */
    public List<AuditEvent> events() {
        return List.copyOf(events);
    }
}
