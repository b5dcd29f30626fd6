package dev.parley.bootstrap.messaging;

import dev.parley.application.session.SessionAdmissionUseCase;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Admission checks arrive on WebSocket threads (the SFU's signaling), outside any request
 * transaction: each runs in a read transaction of its own. Typed to itself so it never competes
 * with the plain use case.
 */
@ApplicationScoped
@Typed(TransactionalAdmission.class)
public class TransactionalAdmission implements SessionAdmissionUseCase {

    @Inject
    private SessionAdmissionUseCase admission;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isAdmitted(RoomName room, Identity identity) {
        return admission.isAdmitted(room, identity);
    }
}
