package dev.parley.application.webhook;

import static dev.parley.application.webhook.WebhookTestBed.E1;
import static dev.parley.application.webhook.WebhookTestBed.E2;
import static dev.parley.application.webhook.WebhookTestBed.KEY;
import static dev.parley.application.webhook.WebhookTestBed.T0;
import static dev.parley.application.webhook.WebhookTestBed.drain;
import static dev.parley.application.webhook.WebhookTestBed.room;
import static dev.parley.application.webhook.WebhookTestBed.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.event.RoomEvent;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.webhook.fake.InMemoryWebhookOutbox;
import dev.parley.application.webhook.fake.InMemoryWebhookOutbox.State;
import dev.parley.application.webhook.fake.ScriptedWebhookSender;
import dev.parley.application.webhook.fake.ScriptedWebhookSender.Answer;
import dev.parley.application.webhook.fake.ScriptedWebhookSender.Request;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.Room;
import dev.parley.domain.trust.TrustLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link WebhookDeliveryService} over the in-memory outbox, a scripted receiver and the real token minting. */
class WebhookDeliveryServiceTest {

    private static final Pattern EVENT_ID = Pattern.compile("\"id\":\"(EV_[0-9]+)\"");

    private final WebhookTestBed bed = new WebhookTestBed();

    private static String eventIdOf(Request r) {
        Matcher m = EVENT_ID.matcher(r.bodyText());
        if (!m.find()) {
            throw new AssertionError("no event id in a body");
        }
        return m.group(1);
    }

    private static Participant participant(String identity) {
        return new Participant(Identity.of(identity), "PA_" + identity, identity, "", Map.of(), ParticipantKind.STANDARD,
                VideoGrant.join("room-a"), T0);
    }

    /** Publishes {@code n} participant_joined events in {@code room}; returns their ids in order. */
    private List<String> joins(OutboxRoomEventPublisher publisher, Room room, int n) {
        List<String> ids = new ArrayList<>();
        int before = bed.outbox.rows().size();
        for (int i = 0; i < n; i++) {
            publisher.publish(new RoomEvent.ParticipantJoined(room, participant("user-" + room.name() + "-" + i)));
        }
        List<InMemoryWebhookOutbox.Row> rows = bed.outbox.rows();
        for (int i = before; i < rows.size(); i++) {
            if (!ids.contains(rows.get(i).message().eventId())) {
                ids.add(rows.get(i).message().eventId());
            }
        }
        return ids;
    }

    @Test
    void aDeliveryIsSignedTheWayLiveKitSignsWebhooks() throws Exception {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        WebhookDeliveryService service = bed.service(settings(E1));

        DeliveryRound round = service.deliverDue();

        assertThat(round).isEqualTo(new DeliveryRound(1, 1, 0, 0, 0, 0));
        Request request = bed.receiver.requests().get(0);
        assertThat(request.url()).isEqualTo(E1.url());
        String stored = bed.outbox.rows().get(0).message().body();
        assertThat(request.body()).isEqualTo(stored.getBytes(StandardCharsets.UTF_8));
        assertThat(request.authorization()).doesNotStartWith("Bearer");

        TokenClaims claims = bed.claimsOf(request.authorization());
        String sha256 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(request.body()));
        assertThat(claims.sha256()).contains(sha256);
        assertThat(claims.purpose()).isEqualTo(TokenPurpose.WEBHOOK);
        assertThat(claims.issuer()).isEqualTo(KEY);
        assertThat(claims.subject()).isEmpty();
        assertThat(claims.video()).isEqualTo(VideoGrant.none());
        assertThat(Duration.between(claims.issuedAt().orElseThrow(), claims.expiresAt())).isEqualTo(Duration.ofMinutes(5));
        assertThat(bed.outbox.rows(State.DELIVERED)).hasSize(1);
    }

    @Test
    void everyAttemptGetsAFreshTokenForTheSameBytes() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        bed.receiver.answer(r -> bed.receiver.requests().size() < 3 ? Answer.status(500) : Answer.status(200));
        WebhookDeliveryService service = bed.service(settings(E1));

        for (int i = 0; i < 3; i++) {
            service.deliverDue();
            bed.clock.advance(Duration.ofMinutes(10));
        }

        List<Request> requests = bed.receiver.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting(Request::bodyText).containsOnly(requests.get(0).bodyText());
        assertThat(requests).extracting(Request::authorization).doesNotHaveDuplicates();
        for (Request r : requests) {
            TokenClaims c = bed.claimsOf(r.authorization());
            assertThat(c.issuedAt()).contains(r.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    @Test
    void theNewestActiveKeySignsWhenNoneIsNamed() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        WebhookDeliveryService service = bed.service(WebhookSettings.defaults(List.of(E1)));

        service.deliverDue();

        assertThat(bed.claimsOf(bed.receiver.requests().get(0).authorization()).issuer()).isEqualTo(KEY);
    }

    @Test
    void everyEndpointGetsEveryEventWithTheSameIdAndBody() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1, E2));
        publisher.publish(new RoomEvent.RoomStarted(room("room-a")));
        publisher.publish(new RoomEvent.ParticipantJoined(room("room-a"), participant("alice")));

        drain(bed.service(settings(E1, E2)));

        Map<java.net.URI, List<String>> byUrl = new LinkedHashMap<>();
        for (Request r : bed.receiver.requests()) {
            byUrl.computeIfAbsent(r.url(), k -> new ArrayList<>()).add(r.bodyText());
        }
        assertThat(byUrl).containsOnlyKeys(E1.url(), E2.url());
        assertThat(byUrl.get(E1.url())).containsExactlyElementsOf(byUrl.get(E2.url()));
        assertThat(byUrl.get(E1.url())).hasSize(2);
    }

    @Test
    void aFailureIsRetriedAfterOneSecondDoublingUpToFiveMinutes() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        bed.receiver.answer(r -> Answer.status(503));
        WebhookDeliveryService service = bed.service(settings(E1));

        List<Instant> attempts = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            service.deliverDue();
            attempts.add(bed.receiver.requests().get(i).at());
            bed.clock.set(bed.outbox.rows().get(0).nextAttemptAt());
        }

        List<Long> waits = new ArrayList<>();
        for (int i = 1; i < attempts.size(); i++) {
            waits.add(Duration.between(attempts.get(i - 1), attempts.get(i)).toSeconds());
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L, 300L);
        assertThat(bed.outbox.rows().get(0).attempts()).isEqualTo(14);
        assertThat(bed.outbox.rows().get(0).lastError()).isEqualTo("http_503");
    }

    @Test
    void jitterShortensAWaitByAtMostItsShare() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        bed.receiver.answer(r -> Answer.status(503));
        bed.jitterRandom = 0.5;
        WebhookDeliveryService service = bed.service(settings(E1));
        for (int i = 0; i < 10; i++) {
            service.deliverDue();
            bed.clock.set(bed.outbox.rows().get(0).nextAttemptAt());
        }
        service.deliverDue();

        // tenth failure: base min(2^9 s, 300 s) = 300 s, jitter 20 % x 0.5 = 10 % off
        Instant tenth = bed.receiver.requests().get(9).at();
        Instant eleventh = bed.receiver.requests().get(10).at();
        assertThat(Duration.between(tenth, eleventh)).isEqualTo(Duration.ofSeconds(270));
    }

    @Test
    void aMessageIsAbandonedOnlyOnceItsMaxAgeHasPassedAndTheLossIsAudited() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        bed.receiver.answer(r -> Answer.fail("connect_refused"));
        WebhookSettings s = settings(E1).withRetry(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.2, Duration.ofHours(1));
        WebhookDeliveryService service = bed.service(s);
        Instant deadline = T0.plus(Duration.ofHours(1));

        int rounds = 0;
        while (bed.outbox.rows(State.PENDING).size() == 1) {
            service.deliverDue();
            InMemoryWebhookOutbox.Row row = bed.outbox.rows().get(0);
            if (row.state() == State.PENDING) {
                assertThat(bed.audit.events()).as("nothing given up before the deadline").isEmpty();
                assertThat(row.nextAttemptAt()).isBeforeOrEqualTo(deadline);
                bed.clock.set(row.nextAttemptAt());
            }
            rounds++;
            assertThat(rounds).isLessThan(100);
        }
        assertThat(bed.clock.instant()).isEqualTo(deadline);

        List<Request> requests = bed.receiver.requests();
        assertThat(requests.get(requests.size() - 1).at()).as("the last attempt is at the deadline").isEqualTo(deadline);
        assertThat(requests.get(requests.size() - 2).at()).isBefore(deadline);
        InMemoryWebhookOutbox.Row abandoned = bed.outbox.rows(State.ABANDONED).get(0);
        assertThat(abandoned.attempts()).isEqualTo(requests.size());
        assertThat(abandoned.lastError()).isEqualTo("connect_refused");

        assertThat(bed.audit.events()).hasSize(1);
        AuditEvent audit = bed.audit.events().get(0);
        assertThat(audit.action()).isEqualTo("webhook.deliver");
        assertThat(audit.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(audit.reasonCode()).isEqualTo("webhook_abandoned");
        assertThat(audit.actorTrust()).isEqualTo(TrustLevel.SERVER);
        assertThat(audit.room()).isEqualTo("room-a");
        assertThat(audit.details()).containsEntry("event_id", abandoned.message().eventId())
                .containsEntry("event", "room_started")
                .containsEntry("endpoint", E1.id())
                .containsEntry("attempts", Integer.toString(requests.size()))
                .containsEntry("last_error", "connect_refused");
        assertThat(audit.details().values()).noneMatch(v -> v.contains("s3cr3t") || v.contains("example.com"));
    }

    @Test
    void aMessageOlderThanItsMaxAgeIsStillTriedOnceAndDeliveredIfTheReceiverAnswers() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-b")));
        bed.clock.advance(Duration.ofDays(3)); // the delivery workers were down
        bed.receiver.answer(r -> r.bodyText().contains("room-a") ? Answer.status(200) : Answer.status(500));

        drain(bed.service(settings(E1)));

        assertThat(bed.receiver.requests()).hasSize(2);
        assertThat(bed.outbox.rows(State.DELIVERED)).hasSize(1);
        assertThat(bed.outbox.rows(State.ABANDONED)).hasSize(1);
        assertThat(bed.audit.events()).hasSize(1);
    }

    @Test
    void anAuditLogFailureDoesNotUndoTheAbandonment() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        bed.clock.advance(Duration.ofDays(2));
        bed.receiver.answer(r -> Answer.status(500));
        WebhookDeliveryService service = new WebhookDeliveryService(bed.outbox, bed.receiver, bed.minter,
                e -> { throw new IllegalStateException("audit store down"); }, settings(E1), bed.clock);

        DeliveryRound round = service.deliverDue();

        assertThat(round.abandoned()).isEqualTo(1);
        assertThat(bed.outbox.rows(State.ABANDONED)).hasSize(1);
    }

    @Test
    void aRoomsMessagesArriveInOrderAcrossFailures() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1));
        List<String> ids = joins(publisher, room("room-a"), 6);
        Map<String, Integer> seen = new HashMap<>();
        // every message fails its first two attempts
        bed.receiver.answer(r -> seen.merge(eventIdOf(r), 1, Integer::sum) <= 2 ? Answer.status(502) : Answer.status(204));
        WebhookDeliveryService service = bed.service(settings(E1));

        for (int i = 0; i < 200 && !bed.outbox.rows(State.PENDING).isEmpty(); i++) {
            drain(service);
            bed.clock.advance(Duration.ofSeconds(1));
        }

        List<String> posted = bed.receiver.requests().stream().map(WebhookDeliveryServiceTest::eventIdOf).toList();
        List<String> expected = new ArrayList<>();
        for (String id : ids) {
            expected.add(id);
            expected.add(id);
            expected.add(id);
        }
        assertThat(posted).as("each message three times, never one before its predecessor succeeded").isEqualTo(expected);
        assertThat(bed.outbox.rows(State.DELIVERED)).hasSize(6);
    }

    @Test
    void aFailingStreamHoldsBackOnlyItsOwnLaterMessages() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1, E2));
        List<String> a = joins(publisher, room("room-a"), 3);
        List<String> b = joins(publisher, room("room-b"), 3);
        bed.receiver.answer(r -> r.url().equals(E2.url()) && r.bodyText().contains("room-a") ? Answer.status(500) : Answer.status(200));

        drain(bed.service(settings(E1, E2)));

        List<String> toE2 = bed.receiver.requests().stream().filter(r -> r.url().equals(E2.url()))
                .map(WebhookDeliveryServiceTest::eventIdOf).toList();
        assertThat(toE2).containsExactly(a.get(0), b.get(0), b.get(1), b.get(2));
        assertThat(bed.receiver.requests().stream().filter(r -> r.url().equals(E1.url()))).hasSize(6);
        assertThat(bed.outbox.rows(State.PENDING)).hasSize(3);
    }

    @Test
    void aSlowReceiverLosesNothingAndTheLeaseIsNeverOverrun() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1));
        List<String> ids = new ArrayList<>();
        for (String r : List.of("room-a", "room-b", "room-c")) {
            ids.addAll(joins(publisher, room(r), 40));
        }
        // 9 s per request; every fifth one ends in a timeout
        int[] count = {0};
        bed.receiver.latency(Duration.ofSeconds(9)).answer(r -> ++count[0] % 5 == 0 ? Answer.fail("timeout") : Answer.status(200));
        WebhookDeliveryService service = bed.service(settings(E1).withClaims(20, 10, Duration.ofMinutes(2)));

        List<DeliveryRound> rounds = new ArrayList<>();
        for (int i = 0; i < 10_000 && !bed.outbox.rows(State.PENDING).isEmpty(); i++) {
            Instant start = bed.clock.instant();
            DeliveryRound round = service.deliverDue();
            rounds.add(round);
            assertThat(Duration.between(start, bed.clock.instant())).as("a round stays within its lease")
                    .isLessThanOrEqualTo(Duration.ofMinutes(2));
            if (!round.foundWork()) {
                bed.clock.advance(Duration.ofSeconds(1));
            }
        }

        assertThat(bed.outbox.rows(State.DELIVERED)).hasSize(120);
        assertThat(bed.outbox.rows(State.ABANDONED)).isEmpty();
        assertThat(bed.audit.events()).isEmpty();
        assertThat(rounds).anyMatch(r -> r.released() > 0);
        assertThat(rounds).allMatch(r -> r.lost() == 0);
        Map<String, List<String>> delivered = new LinkedHashMap<>();
        for (Request r : bed.receiver.requests()) {
            delivered.computeIfAbsent(roomOf(r), k -> new ArrayList<>()).add(eventIdOf(r));
        }
        for (List<String> perRoom : delivered.values()) {
            List<String> distinctInOrder = perRoom.stream().distinct().toList();
            assertThat(distinctInOrder).as("first attempts in publication order").isEqualTo(ids.stream().filter(perRoom::contains).toList());
        }
    }

    private static String roomOf(Request r) {
        Matcher m = Pattern.compile("\"name\":\"(room-[a-z0-9]+)\"").matcher(r.bodyText());
        return m.find() ? m.group(1) : "?";
    }

    @Test
    void aReceiverDownForHoursGetsEverythingWhenItComesBack() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1));
        for (int i = 0; i < 30; i++) {
            publisher.publish(new RoomEvent.RoomStarted(room("room-" + i)));
            bed.clock.advance(Duration.ofMinutes(5));
        }
        Instant backAt = T0.plus(Duration.ofHours(6));
        bed.receiver.answer(r -> r.at().isBefore(backAt) ? Answer.fail("connect_refused") : Answer.status(200));
        WebhookDeliveryService service = bed.service(settings(E1));

        while (bed.clock.instant().isBefore(backAt.plus(Duration.ofMinutes(10)))) {
            drain(service);
            bed.clock.advance(Duration.ofSeconds(5));
        }

        assertThat(bed.outbox.rows(State.DELIVERED)).hasSize(30);
        assertThat(bed.audit.events()).isEmpty();
        long failures = bed.receiver.requests().stream().filter(r -> r.at().isBefore(backAt)).count();
        // backed off: once at the 5-minute cap, about one attempt per stream every 5 minutes, not one per 5 s poll
        assertThat(failures).isLessThan(30L * (6 * 12 + 15));
    }

    @Test
    void aStatusOutside2xxIsAFailureRedirectsIncluded() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1));
        publisher.publish(new RoomEvent.RoomStarted(room("room-a")));
        for (int status : new int[] {199, 300, 307, 400, 401, 404, 429, 500}) {
            bed.receiver.answer(r -> Answer.status(status));
            bed.service(settings(E1)).deliverDue();
            assertThat(bed.outbox.rows().get(0).lastError()).isEqualTo("http_" + status);
            bed.clock.set(bed.outbox.rows().get(0).nextAttemptAt());
        }
        bed.receiver.answer(r -> Answer.status(299));
        bed.service(settings(E1)).deliverDue();
        assertThat(bed.outbox.rows(State.DELIVERED)).hasSize(1);
    }

    @Test
    void anEndpointNoLongerConfiguredIsRetriedAndInTheEndAbandonedNeverPostedElsewhere() {
        bed.publisher(List.of(E1, E2)).publish(new RoomEvent.RoomStarted(room("room-a")));
        WebhookDeliveryService service = bed.service(settings(E1));

        service.deliverDue();
        assertThat(bed.receiver.requests()).extracting(Request::url).containsExactly(E1.url());
        InMemoryWebhookOutbox.Row toE2 = bed.outbox.rows(State.PENDING).get(0);
        assertThat(toE2.lastError()).isEqualTo("endpoint_not_configured");

        bed.clock.advance(Duration.ofHours(25));
        service.deliverDue();
        assertThat(bed.outbox.rows(State.ABANDONED)).hasSize(1);
        assertThat(bed.audit.events().get(0).details()).containsEntry("last_error", "endpoint_not_configured");
        assertThat(bed.receiver.requests()).hasSize(1);
    }

    @Test
    void noKeyToSignWithIsAFailureNotALoss() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        WebhookDeliveryService service = bed.service(settings(E1).withSigningKeyId("APImissing"));

        service.deliverDue();

        assertThat(bed.receiver.requests()).isEmpty();
        assertThat(bed.outbox.rows().get(0).lastError()).isEqualTo("signing_failed:token_unknown_key");
        assertThat(bed.outbox.rows(State.PENDING)).hasSize(1);
    }

    @Test
    void aSenderThatThrowsIsAFailure() {
        bed.publisher(List.of(E1)).publish(new RoomEvent.RoomStarted(room("room-a")));
        ScriptedWebhookSender broken = new ScriptedWebhookSender(bed.clock, Duration.ofSeconds(10));
        broken.answer(r -> { throw new IllegalStateException("bug"); });
        new WebhookDeliveryService(bed.outbox, broken, bed.minter, bed.audit, settings(E1), bed.clock).deliverDue();

        assertThat(bed.outbox.rows().get(0).lastError()).isEqualTo("sender_error:IllegalStateException");
    }

    @Test
    void theLeaseMustOutlastAnAttempt() {
        WebhookSettings tooShort = settings(E1).withClaims(20, 10, Duration.ofSeconds(15));
        assertThatThrownBy(() -> bed.service(tooShort)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
        bed.service(settings(E1).withClaims(20, 10, Duration.ofSeconds(16)));
    }

    @Test
    void twoWorkersDeliverEveryMessageOnceInOrder() throws Exception {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1));
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            ids.addAll(joins(publisher, room("room-" + r), 25));
        }
        WebhookSettings s = settings(E1).withClaims(3, 4, Duration.ofMinutes(5));
        WebhookDeliveryService one = bed.service(s);
        WebhookDeliveryService two = bed.service(s);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (WebhookDeliveryService worker : List.of(one, two)) {
                workers.add(pool.submit(() -> {
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (!bed.outbox.rows(State.PENDING).isEmpty() && System.nanoTime() < end) {
                        worker.deliverDue();
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> posted = bed.receiver.requests().stream().map(WebhookDeliveryServiceTest::eventIdOf).toList();
        assertThat(posted).hasSize(200).doesNotHaveDuplicates();
        Map<String, List<String>> perRoom = new LinkedHashMap<>();
        for (Request r : bed.receiver.requests()) {
            perRoom.computeIfAbsent(roomOf(r), k -> new ArrayList<>()).add(eventIdOf(r));
        }
        for (List<String> room : perRoom.values()) {
            assertThat(room).isEqualTo(ids.stream().filter(room::contains).toList());
        }
    }

    @Test
    void deliveredMessagesArePurgedAfterTheRetentionAbandonedOnesNever() {
        OutboxRoomEventPublisher publisher = bed.publisher(List.of(E1));
        publisher.publish(new RoomEvent.RoomStarted(room("room-a")));
        publisher.publish(new RoomEvent.RoomStarted(room("room-b")));
        bed.receiver.answer(r -> r.bodyText().contains("room-a") ? Answer.status(200) : Answer.status(500));
        WebhookDeliveryService service = bed.service(settings(E1).withRetention(Duration.ofDays(7)));
        service.deliverDue();
        bed.clock.advance(Duration.ofDays(2));
        service.deliverDue(); // room-b abandoned

        assertThat(service.purgeDelivered()).isZero();
        bed.clock.advance(Duration.ofDays(6));
        assertThat(service.purgeDelivered()).isEqualTo(1);
        assertThat(bed.outbox.rows()).extracting(InMemoryWebhookOutbox.Row::state).containsExactly(State.ABANDONED);
    }
}
