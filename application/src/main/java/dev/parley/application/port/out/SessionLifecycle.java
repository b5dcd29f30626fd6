package dev.parley.application.port.out;

import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.util.List;

/**
 * What the administration services tell the live sessions when a participant or room changes:
 * the change must take effect on every channel at once (messaging now, media with the SFU).
 * Called after the change is recorded.
 */
public interface SessionLifecycle {

    /** The participant was removed or banned ({@code reason} {@code removed} / {@code banned}). */
    void participantRemoved(Room room, Participant participant, String reason);

    /** A newer session of the same identity replaced {@code old}. */
    void participantReplaced(Room room, Participant old);

    /** The participant's grants changed: its credentials are reissued with the new grants. */
    void grantsChanged(Room room, Participant updated);

    /** The room ended; {@code participants} were in it. */
    void roomEnded(Room room, List<Participant> participants);
}
