package dev.parley.bootstrap.messaging;

import dev.parley.application.session.RenewSessionUseCase;
import dev.parley.application.session.RenewedSession;
import dev.parley.domain.room.RoomName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Renewal requests arrive on NATS threads, outside any request: each one runs the use case in a
 * transaction of its own (ARCHITECTURE.md §2: one transaction per use case, opened by the
 * driving adapter's side). Typed to itself so it never competes with the plain use case.
 */
@ApplicationScoped
@Typed(TransactionalRenewal.class)
public class TransactionalRenewal implements RenewSessionUseCase {

    @Inject
    private RenewSessionUseCase renewal;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RenewedSession renew(RoomName room, String participantSid, String token) {
        return renewal.renew(room, participantSid, token);
    }
}
