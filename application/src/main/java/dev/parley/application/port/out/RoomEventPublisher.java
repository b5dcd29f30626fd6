package dev.parley.application.port.out;

import dev.parley.application.event.RoomEvent;

/** Tells the world (webhooks, NATS subjects, the SFU) that a room or participant changed. */
public interface RoomEventPublisher {

    /** Publishes {@code event}; must not block the caller on slow receivers. */
    void publish(RoomEvent event);
}
