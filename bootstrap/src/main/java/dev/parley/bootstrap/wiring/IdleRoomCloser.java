package dev.parley.bootstrap.wiring;

import dev.parley.application.port.in.CloseIdleRoomsUseCase;
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

/** Every five seconds, ends the rooms that stayed empty beyond their timeout (one transaction per sweep). */
@ApplicationScoped
public class IdleRoomCloser {

    private static final Logger LOG = Logger.getLogger("parley");

    @Inject
    private CloseIdleRoomsUseCase closeIdleRooms;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private IdleRoomCloser self;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::sweepSafely, 5, 5, TimeUnit.SECONDS);
    }

    private void sweepSafely() {
        try {
            self.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "idle-room sweep failed: " + e.getClass().getSimpleName());
        }
    }

    /** One sweep, in its own transaction. */
    @Transactional
    public List<RoomName> sweep() {
        return closeIdleRooms.closeIdleRooms();
    }
}
