package dev.parley.application.fake;

import dev.parley.application.port.out.SessionLifecycle;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the administration services told the live sessions, as {@code what:room:sid[:reason]} lines. */
public final class RecordingSessionLifecycle implements SessionLifecycle {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void participantRemoved(Room room, Participant participant, String reason) {
        calls.add("removed:" + room.name().value() + ":" + participant.sid() + ":" + reason);
    }

    @Override
    public void participantReplaced(Room room, Participant old) {
        calls.add("replaced:" + room.name().value() + ":" + old.sid());
    }

    @Override
    public void grantsChanged(Room room, Participant updated) {
        calls.add("grants:" + room.name().value() + ":" + updated.sid());
    }

    @Override
    public void roomEnded(Room room, List<Participant> participants) {
        calls.add("ended:" + room.name().value() + ":" + participants.size());
    }

    /** Every call so far, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
