package dev.parley.application.audit;

import java.util.Optional;

/** Out-port: walks the stored audit chain and reports the first broken link, if any. */
public interface AuditIntegrity {

    /** Empty when every entry is intact and linked to the one before it. */
    Optional<AuditBreak> firstBreak();
}
