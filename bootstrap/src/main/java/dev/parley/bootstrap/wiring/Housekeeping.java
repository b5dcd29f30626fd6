package dev.parley.bootstrap.wiring;

import dev.parley.application.roomkey.RoomKeyService;
import dev.parley.application.port.in.CloseIdleRoomsUseCase;
import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.room.RoomName;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Housekeeping: every five seconds, ends the rooms that stayed empty beyond their timeout; every
 * minute, purges revocations whose tokens have expired anyway and rotates the SERVER_MANAGED room
 * keys whose epoch is older than {@code parley.e2ee.rotation-interval}. One transaction per sweep.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger("parley");

    @Inject
    private CloseIdleRoomsUseCase closeIdleRooms;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private RevocationList revocations;

    @Inject
    private Housekeeping self;

    @Inject
    private RoomKeyService roomKeys;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(() -> safely("idle-room sweep", () -> self.sweep()), 5, 5, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> safely("revocation purge", self::purgeRevocations), 60, 60, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> safely("room key rotation", self::rotateRoomKeys), 60, 60, TimeUnit.SECONDS);
    }

    private static void safely(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed: " + e.getClass().getSimpleName());
        }
    }

    /** Forgets revocations of tokens that have expired, in its own transaction. */
    @Transactional
    public void purgeRevocations() {
        revocations.purgeExpired(java.time.Instant.now());
    }

    /** Rotates the room keys that are due, in its own transaction. */
    @Transactional
    public void rotateRoomKeys() {
        roomKeys.rotateDue();
    }

    /** One sweep, in its own transaction. */
    @Transactional
    public List<RoomName> sweep() {
        return closeIdleRooms.closeIdleRooms();
    }
}
