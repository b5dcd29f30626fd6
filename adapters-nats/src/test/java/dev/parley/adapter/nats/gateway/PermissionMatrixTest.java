package dev.parley.adapter.nats.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.Channel;
import dev.parley.domain.messaging.Direction;
import dev.parley.domain.messaging.MessagingAccess;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every channel in both directions for participants with different grants, against a real
 * nats-server with the credentials {@code issue()} returned, over the WebSocket URL they name.
 * An allowed publish or subscription delivers a real message; a denied one is refused by the
 * server (asynchronous permission violation) and delivers nothing, proven by a later message
 * on an allowed subject arriving first (NATS keeps order per connection pair).
 */
class PermissionMatrixTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration QUIET = Duration.ofMillis(150);
    private static final AtomicInteger ROOMS = new AtomicInteger();

    private static EmbeddedNats nats;
    private static Connection observer;

    /** The grants under test and the access expected from them, written out here rather than computed. */
    enum GrantCase {
        PUBLISHER(VideoGrant.join("r"),
                EnumSet.of(Channel.CHAT, Channel.DATA, Channel.DIRECT, Channel.RENEWAL),
                EnumSet.of(Channel.ROOM_EVENTS, Channel.CHAT, Channel.DATA, Channel.DIRECT, Channel.PRIVATE, Channel.INBOX)),
        NO_PUBLISH_DATA(VideoGrant.join("r").toBuilder().canPublishData(false).build(),
                EnumSet.of(Channel.RENEWAL),
                EnumSet.of(Channel.ROOM_EVENTS, Channel.CHAT, Channel.DATA, Channel.DIRECT, Channel.PRIVATE, Channel.INBOX)),
        SUBSCRIBE_ONLY(VideoGrant.join("r").toBuilder().canPublish(false).build(),
                EnumSet.of(Channel.RENEWAL),
                EnumSet.of(Channel.ROOM_EVENTS, Channel.CHAT, Channel.DATA, Channel.DIRECT, Channel.PRIVATE, Channel.INBOX)),
        NO_ROOM_JOIN(VideoGrant.join("r").toBuilder().roomJoin(false).build(),
                EnumSet.noneOf(Channel.class), EnumSet.noneOf(Channel.class));

        final VideoGrant grant;
        final Set<Channel> publish;
        final Set<Channel> subscribe;

        GrantCase(VideoGrant grant, Set<Channel> publish, Set<Channel> subscribe) {
            this.grant = grant;
            this.publish = publish;
            this.subscribe = subscribe;
        }

        boolean allows(Channel c, Direction d) {
            return d == Direction.PUBLISH ? publish.contains(c) : subscribe.contains(c);
        }
    }

    @BeforeAll
    static void startServer() {
        nats = EmbeddedNats.start();
        observer = nats.messaging().connections().service();
    }

    @AfterAll
    static void stopServer() {
        nats.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (GrantCase g : GrantCase.values()) {
            for (Channel c : Channel.values()) {
                for (Direction d : Direction.values()) {
                    out.add(Arguments.of(g, c, d, g.allows(c, d)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2} {1} allowed={3}")
    @MethodSource("matrix")
    void allowedDeliversAndDeniedDeliversNothing(GrantCase g, Channel channel, Direction direction, boolean allowed)
            throws Exception {
        // The expectation table agrees with the domain's derivation (a change there must show up here).
        assertThat(MessagingAccess.of(g.grant).allows(channel, direction)).isEqualTo(allowed);
        String room = "matrix" + ROOMS.incrementAndGet();
        String sid = EmbeddedNats.newSid();
        String other = EmbeddedNats.newSid();
        MessagingCredential cred = nats.issue(room, sid, g.grant.toBuilder().room(room).build());
        try (TestClient p = nats.connect(cred)) {
            if (direction == Direction.PUBLISH) {
                checkPublish(p, g, channel, publishSubject(channel, room, sid, other), room, sid, allowed);
            } else {
                checkSubscribe(p, g, subscribeSubject(channel, room, sid), deliverySubject(channel, room, sid, other),
                        room, sid, allowed);
            }
        }
    }

    private static void checkPublish(TestClient p, GrantCase g, Channel channel, String subject, String room, String sid,
            boolean allowed) throws Exception {
        Subscription seen = observer.subscribe(subject);
        String canarySubject = "parley." + room + ".renew." + sid;
        Subscription canary = observer.subscribe(canarySubject);
        observer.flush(WAIT);
        String body = UUID.randomUUID().toString();
        p.publish(subject, body);
        if (allowed) {
            Message m = seen.nextMessage(WAIT);
            assertThat(m).as("allowed publish to %s is delivered", subject).isNotNull();
            assertThat(new String(m.getData(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(p.awaitError("Permissions Violation", QUIET)).isNull();
        } else {
            assertThat(p.awaitError("Permissions Violation for Publish to \"" + subject + "\"", WAIT))
                    .as("the server refuses the publish to %s", subject).isNotNull();
            if (g.allows(Channel.RENEWAL, Direction.PUBLISH) && channel != Channel.RENEWAL) {
                p.publish(canarySubject, "canary");
                assertThat(canary.nextMessage(WAIT)).as("canary after the denied publish").isNotNull();
            }
            assertThat(seen.nextMessage(QUIET)).as("denied publish to %s is not delivered", subject).isNull();
        }
        seen.unsubscribe();
        canary.unsubscribe();
    }

    private static void checkSubscribe(TestClient p, GrantCase g, String filter, String deliverTo, String room, String sid,
            boolean allowed) throws Exception {
        Subscription sub = p.subscribe(filter);
        Subscription canary = g.allows(Channel.PRIVATE, Direction.SUBSCRIBE) && !filter.contains(".private.")
                ? p.subscribe("parley." + room + ".private." + sid) : null;
        String body = UUID.randomUUID().toString();
        observer.publish(deliverTo, body.getBytes(StandardCharsets.UTF_8));
        if (canary != null) {
            observer.publish("parley." + room + ".private." + sid, "canary".getBytes(StandardCharsets.UTF_8));
        }
        observer.flush(WAIT);
        if (allowed) {
            Message m = sub.nextMessage(WAIT);
            assertThat(m).as("allowed subscription %s receives %s", filter, deliverTo).isNotNull();
            assertThat(new String(m.getData(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(p.awaitError("Permissions Violation", QUIET)).isNull();
        } else {
            assertThat(p.awaitError("Permissions Violation for Subscription to \"" + filter + "\"", WAIT))
                    .as("the server refuses the subscription %s", filter).isNotNull();
            if (canary != null) {
                assertThat(canary.nextMessage(WAIT)).as("canary after the message on the denied subject").isNotNull();
            }
            assertThat(sub.nextMessage(QUIET)).as("denied subscription %s receives nothing", filter).isNull();
        }
    }

    /** What a participant would write on {@code channel}. */
    static String publishSubject(Channel channel, String room, String sid, String other) {
        String p = "parley." + room + ".";
        return switch (channel) {
            case ROOM_EVENTS -> p + "events";
            case CHAT -> p + "chat." + sid;
            case DATA -> p + "data." + sid;
            case DIRECT -> p + "dm." + other + "." + sid;
            case PRIVATE -> p + "private." + sid;
            case RENEWAL -> p + "renew." + sid;
            case INBOX -> "parley.inbox." + sid + ".x1";
        };
    }

    /** What a participant would subscribe to for {@code channel}. */
    static String subscribeSubject(Channel channel, String room, String sid) {
        String p = "parley." + room + ".";
        return switch (channel) {
            case ROOM_EVENTS -> p + "events";
            case CHAT -> p + "chat.*";
            case DATA -> p + "data.*";
            case DIRECT -> p + "dm." + sid + ".*";
            case PRIVATE -> p + "private." + sid;
            case RENEWAL -> p + "renew." + sid;
            case INBOX -> "parley.inbox." + sid + ".>";
        };
    }

    /** A concrete subject another party writes that the subscription would match. */
    static String deliverySubject(Channel channel, String room, String sid, String other) {
        String p = "parley." + room + ".";
        return switch (channel) {
            case ROOM_EVENTS -> p + "events";
            case CHAT -> p + "chat." + other;
            case DATA -> p + "data." + other;
            case DIRECT -> p + "dm." + sid + "." + other;
            case PRIVATE -> p + "private." + sid;
            case RENEWAL -> p + "renew." + sid;
            case INBOX -> "parley.inbox." + sid + ".abc.def";
        };
    }
}
