package dev.parley.application.token.admin;

import dev.parley.application.Caller;
import dev.parley.application.service.Authorizer;
import dev.parley.application.token.key.KeyInfo;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.ManageKeysUseCase;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Guards and audits key-ring administration (see {@link AdministerKeysUseCase}). */
public final class KeyAdministrationService implements AdministerKeysUseCase {

    private final ManageKeysUseCase keys;
    private final Authorizer authorizer;

    public KeyAdministrationService(ManageKeysUseCase keys, Authorizer authorizer) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    }

    @Override
    public List<KeyInfo> listKeys(Caller caller) {
        authorizer.requireApiSecretHolder(caller, "key.list", Map.of());
        return keys.list();
    }

    @Override
    public NewKey createKey(Caller caller, TokenAlgorithm algorithm) {
        authorizer.requireApiSecretHolder(caller, "key.create", Map.of());
        NewKey created = keys.create(algorithm);
        allowed(caller, "key.create", created.key().id());
        return created;
    }

    @Override
    public NewKey rotateKey(Caller caller, String keyId) {
        authorizer.requireApiSecretHolder(caller, "key.rotate", Map.of("key", keyId));
        NewKey created = keys.rotate(keyId);
        allowed(caller, "key.rotate", created.key().id());
        return created;
    }

    @Override
    public KeyInfo revokeKey(Caller caller, String keyId) {
        authorizer.requireApiSecretHolder(caller, "key.revoke", Map.of("key", keyId));
        KeyInfo revoked = keys.changeState(keyId, KeyState.REVOKED);
        allowed(caller, "key.revoke", keyId);
        return revoked;
    }

    private void allowed(Caller caller, String action, String keyId) {
        authorizer.recordAllowed(caller, action, "", Map.of("key", keyId));
    }
}
