package dev.parley.bootstrap.wiring;

import dev.parley.adapter.persistence.JpaAuditLog;
import dev.parley.adapter.persistence.PersistenceUnit;
import dev.parley.application.port.out.AuditLog;
import dev.parley.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The audit log as the services see it: every event is appended to the hash-chained table in a
 * transaction of its own (so a denial survives the rollback of the use case that was denied, and
 * the chain's head lock is held only briefly) and written as one structured line to the
 * {@code parley.audit} logger.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    private static final Logger LOG = Logger.getLogger("parley.audit");

    @PersistenceContext(unitName = PersistenceUnit.NAME)
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditEvent event) {
        new JpaAuditLog(em).record(event);
        Map<String, String> line = new LinkedHashMap<>();
        line.put("type", "audit");
        line.put("at", event.at().toString());
        line.put("action", event.action());
        line.put("outcome", event.outcome().name());
        line.put("reason", event.reasonCode());
        line.put("trust", event.actorTrust().name());
        line.put("actor", event.actor());
        line.put("room", event.room());
        event.details().forEach((k, v) -> line.put("detail." + k, v));
        LOG.info(StructuredLog.json(line));
    }
}
