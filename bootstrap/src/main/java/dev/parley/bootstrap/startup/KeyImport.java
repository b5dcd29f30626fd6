package dev.parley.bootstrap.startup;

import dev.parley.application.token.KeyRing;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.ManageKeysUseCase;
import dev.parley.application.token.key.TokenKey;
import dev.parley.bootstrap.keys.ApiKey;
import dev.parley.bootstrap.keys.KeySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the configured API keys ({@code PARLEY_KEYS}, or the development key) into the sealed key
 * ring at start. A key already in the ring is kept; if the configured secret differs, the stored
 * one stays in force and a warning names the key id (never either secret).
 */
@ApplicationScoped
public class KeyImport {

    private static final Logger LOG = Logger.getLogger("parley");

    @Inject
    private KeySource keys;

    @Inject
    private KeyRing keyRing;

    @Inject
    private ManageKeysUseCase manageKeys;

    /** Imports every configured key that the ring does not hold yet. */
    @Transactional
    public void importConfiguredKeys() {
        for (ApiKey key : keys.resolve().keys()) {
            Optional<TokenKey> stored = keyRing.find(key.id());
            if (stored.isEmpty()) {
                manageKeys.importSecret(key.id(), new String(key.secret(), StandardCharsets.UTF_8));
                LOG.info("API key " + key.id() + " imported into the sealed key ring");
            } else if (!(stored.get().material() instanceof HmacSecret h) || !MessageDigest.isEqual(h.secret(), key.secret())) {
                LOG.warning("API key " + key.id() + " in the configuration differs from the key ring's; the key ring's is kept");
            }
        }
    }
}
