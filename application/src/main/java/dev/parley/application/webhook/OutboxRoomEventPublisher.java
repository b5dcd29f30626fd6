package dev.parley.application.webhook;

import dev.parley.application.event.RoomEvent;
import dev.parley.application.port.out.ParticipantRepository;
import dev.parley.application.port.out.RoomEventPublisher;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.application.webhook.port.WebhookOutbox;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link RoomEventPublisher} of webhooks: renders each event LiveKit sends a webhook for as
 * LiveKit's {@code WebhookEvent} body and appends it to the {@link WebhookOutbox}, once per
 * configured endpoint, in the caller's transaction. So a change and its webhooks commit
 * together: nothing acknowledged is lost, nothing rolled back is ever sent. Nothing is posted
 * here; {@link WebhookDeliveryService} does that later, outside the transaction.
 *
 * <p>Events: {@code room_started}, {@code room_finished}, {@code participant_joined},
 * {@code participant_left}. LiveKit has no webhook for a metadata change or a participant
 * update, so {@link RoomEvent.RoomMetadataChanged} and {@link RoomEvent.ParticipantUpdated}
 * are not sent. A hidden participant is never announced, whoever published the event.
 *
 * <p>Order: the outbox numbers messages as they are appended, and delivers a room's messages in
 * that order. That is the commit order because every transaction that publishes a room's event
 * has first written that room's row (the room repository's optimistic version makes concurrent
 * writers of one room wait for each other or fail), so it appends after the previous writer of
 * the room committed. A new publisher of room events must keep to that.
 *
 * <p>Must be called inside a transaction; with no endpoint configured it does nothing.
 */
public final class OutboxRoomEventPublisher implements RoomEventPublisher {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final WebhookOutbox outbox;
    private final ParticipantRepository participants;
    private final List<WebhookEndpoint> endpoints;
    private final Clock clock;
    private final Supplier<String> eventIds;

    /**
     * A publisher appending to {@code outbox} for each of {@code endpoints}, counting a room's
     * visible participants in {@code participants} (LiveKit's {@code numParticipants}), with random
     * event ids ({@code EV_} and 22 base62 characters, about 131 bits).
     */
    public OutboxRoomEventPublisher(WebhookOutbox outbox, ParticipantRepository participants, List<WebhookEndpoint> endpoints,
            Clock clock) {
        this(outbox, participants, endpoints, clock, randomIds(new SecureRandom()));
    }

    /** As above, with event ids from {@code eventIds} (for tests). */
    public OutboxRoomEventPublisher(WebhookOutbox outbox, ParticipantRepository participants, List<WebhookEndpoint> endpoints,
            Clock clock, Supplier<String> eventIds) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
    }

    @Override
    public void publish(RoomEvent event) {
        Objects.requireNonNull(event, "event");
        if (endpoints.isEmpty() || !sentAsWebhook(event)) {
            return;
        }
        Instant now = clock.instant();
        String id = eventIds.get();
        int visible = participants.rosterOf(event.room().name()).visibleCount();
        String body = WebhookJson.render(event, id, now, visible);
        for (WebhookEndpoint endpoint : endpoints) {
            outbox.append(new WebhookMessage(id, event.eventName(), event.room().name().value(), endpoint.id(), body, now));
        }
    }

    /** True for the events LiveKit sends a webhook for, about someone others may see. */
    static boolean sentAsWebhook(RoomEvent event) {
        if (event instanceof RoomEvent.RoomStarted || event instanceof RoomEvent.RoomFinished) {
            return true;
        }
        if (event instanceof RoomEvent.ParticipantJoined e) {
            return !e.participant().isHidden();
        }
        if (event instanceof RoomEvent.ParticipantLeft e) {
            return !e.participant().isHidden();
        }
        return false; // room_metadata_changed, participant_updated: LiveKit sends no webhook for them
    }

    /** Event ids as LiveKit shapes them: {@code EV_} and 22 random base62 characters. */
    public static Supplier<String> randomIds(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        return () -> {
            char[] id = new char[25];
            id[0] = 'E';
            id[1] = 'V';
            id[2] = '_';
            for (int i = 3; i < id.length; i++) {
                id[i] = BASE62[random.nextInt(BASE62.length)];
            }
            return new String(id);
        };
    }

    /** The endpoints events are appended for. */
    public List<WebhookEndpoint> endpoints() {
        return endpoints;
    }
}
