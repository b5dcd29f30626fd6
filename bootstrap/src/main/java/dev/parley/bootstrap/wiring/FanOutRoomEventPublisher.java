package dev.parley.bootstrap.wiring;

import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.out.RoomEventPublisher;
import java.util.List;

/** Hands each room event to several publishers in order (the structured log, then the webhook outbox). */
final class FanOutRoomEventPublisher implements RoomEventPublisher {

    private final List<RoomEventPublisher> publishers;

    FanOutRoomEventPublisher(List<RoomEventPublisher> publishers) {
        this.publishers = List.copyOf(publishers);
    }

    @Override
    public void publish(RoomEvent event) {
        for (RoomEventPublisher p : publishers) {
            p.publish(event);
        }
    }
}
