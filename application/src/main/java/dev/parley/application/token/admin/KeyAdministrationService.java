package dev.parley.application.token.admin;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.out.AuditLog;
import dev.parley.application.token.key.KeyInfo;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.ManageKeysUseCase;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.trust.TrustLevel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Guards and audits key-ring administration (see {@link AdministerKeysUseCase}). */
public final class KeyAdministrationService implements AdministerKeysUseCase {

    private final ManageKeysUseCase keys;
    private final AuditLog audit;
    private final Clock clock;

    public KeyAdministrationService(ManageKeysUseCase keys, AuditLog audit, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<KeyInfo> listKeys(Caller caller) {
        require(caller, "key.list", "");
        return keys.list();
    }

    @Override
    public NewKey createKey(Caller caller, TokenAlgorithm algorithm) {
        require(caller, "key.create", "");
        NewKey created = keys.create(algorithm);
        allowed(caller, "key.create", created.key().id());
        return created;
    }

    @Override
    public NewKey rotateKey(Caller caller, String keyId) {
        require(caller, "key.rotate", keyId);
        NewKey created = keys.rotate(keyId);
        allowed(caller, "key.rotate", created.key().id());
        return created;
    }

    @Override
    public KeyInfo revokeKey(Caller caller, String keyId) {
        require(caller, "key.revoke", keyId);
        KeyInfo revoked = keys.changeState(keyId, KeyState.REVOKED);
        allowed(caller, "key.revoke", keyId);
        return revoked;
    }

    private void require(Caller caller, String action, String keyId) {
        if (caller.trust() != TrustLevel.SERVER || caller.grant().isPresent()) {
            audit.record(new AuditEvent(clock.instant(), action, AuditOutcome.DENIED,
                    DenyReason.TRUST_LEVEL_INSUFFICIENT.code(), caller.trust(), caller.actor(), "", Map.of("key", keyId)));
            throw new UseCaseException(UseCaseException.Kind.DENIED, DenyReason.TRUST_LEVEL_INSUFFICIENT.code(),
                    "key administration needs a request signed with an API secret, not a token");
        }
    }

    private void allowed(Caller caller, String action, String keyId) {
        audit.record(new AuditEvent(clock.instant(), action, AuditOutcome.ALLOWED, "", caller.trust(), caller.actor(), "",
                Map.of("key", keyId)));
    }
}
