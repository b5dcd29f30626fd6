package dev.parley.bootstrap.wiring;

import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.out.RoomEventPublisher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Publishes room events as structured lines on the {@code parley.events} logger. Webhooks (a
 * durable outbox) and NATS subjects replace or join it when those adapters land.
 */
final class LoggingRoomEventPublisher implements RoomEventPublisher {

    private static final Logger LOG = Logger.getLogger("parley.events");

    @Override
    public void publish(RoomEvent event) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("type", "room_event");
        line.put("event", event.eventName());
        line.put("room", event.room().name().value());
        line.put("roomSid", event.room().sid());
        if (event instanceof RoomEvent.ParticipantJoined e) {
            line.put("identity", e.participant().identity().value());
        } else if (event instanceof RoomEvent.ParticipantLeft e) {
            line.put("identity", e.participant().identity().value());
            line.put("reason", e.reason());
        } else if (event instanceof RoomEvent.ParticipantUpdated e) {
            line.put("identity", e.participant().identity().value());
        }
        LOG.info(StructuredLog.json(line));
    }
}
