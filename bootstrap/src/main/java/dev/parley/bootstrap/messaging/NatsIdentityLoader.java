package dev.parley.bootstrap.messaging;

import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.adapter.persistence.JpaSealedSecretStore;
import dev.parley.adapter.persistence.PersistenceUnit;
import dev.parley.application.token.port.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Loads (or creates once, sealed) the NATS operator and account keys, in a transaction of its own. */
@ApplicationScoped
public class NatsIdentityLoader {

    @PersistenceContext(unitName = PersistenceUnit.NAME)
    private EntityManager em;

    @Inject
    private SecretSealer sealer;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public NatsIdentities loadOrCreate() {
        return NatsIdentities.loadOrCreate(new JpaSealedSecretStore(em), sealer);
    }
}
