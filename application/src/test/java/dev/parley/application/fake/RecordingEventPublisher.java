package dev.parley.application.fake;

import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.out.RoomEventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every published room event in order, for assertions. */
public final class RecordingEventPublisher implements RoomEventPublisher {

    private final List<RoomEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(RoomEvent event) {
        events.add(event);
    }

    /** Everything published so far. */
    public List<RoomEvent> events() {
        return List.copyOf(events);
    }

    /** The names of the events published so far, e.g. {@code room_started}. */
    public List<String> names() {
        return events.stream().map(RoomEvent::eventName).toList();
    }
}
