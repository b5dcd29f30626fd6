package dev.parley.application.webhook.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.webhook.port.OutboxEntry;
import dev.parley.application.webhook.port.WebhookMessage;
import dev.parley.application.webhook.port.WebhookOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link WebhookOutbox}. A persistence adapter extends this class and returns a
 * fresh, empty outbox from {@link #newOutbox()} whose every call runs in a transaction of its own.
 */
public abstract class WebhookOutboxContractTest {

    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String E1 = "a".repeat(64);
    private static final String E2 = "b".repeat(64);

    /** A new, empty outbox. */
    protected abstract WebhookOutbox newOutbox();

    protected WebhookOutbox outbox;
    private int serial;

    @BeforeEach
    void setUpOutbox() {
        outbox = newOutbox();
    }

    /** A message of {@code room} for {@code endpoint}, created at T0. */
    protected WebhookMessage message(String room, String endpoint) {
        serial++;
        String id = "EV_" + serial;
        return new WebhookMessage(id, "participant_joined", room, endpoint, "{\"event\":\"participant_joined\",\"id\":\"" + id + "\"}", T0);
    }

    private List<WebhookMessage> append(WebhookMessage... messages) {
        for (WebhookMessage m : messages) {
            outbox.append(m);
        }
        return List.of(messages);
    }

    private List<OutboxEntry> claim(Instant now, int maxStreams, int perStream, String claimant) {
        return outbox.claim(now, maxStreams, perStream, LEASE, claimant);
    }

    private static List<String> ids(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.message().eventId()).toList();
    }

    @Test
    void appendedMessagesAreClaimedInOrderWithTheirContentIntact() {
        String text = "{\"metadata\":\"caf\u00e9 \uD83D\uDE00 \\\"quoted\\\" \\n \\u0000 <&> \u4e2d\u6587\"}";
        List<WebhookMessage> appended = append(
                new WebhookMessage("EV_first", "room_started", "room-a", E1, text, T0),
                new WebhookMessage("EV_second", "room_started", "room-b", E1, "{}", T0.plusMillis(1)),
                new WebhookMessage("EV_third", "room_started", "room-c", E2, "{}", T0.plusNanos(3000)));

        List<OutboxEntry> claimed = claim(T0.plusSeconds(1), 10, 10, "w1");

        assertThat(claimed).extracting(OutboxEntry::message).containsExactlyElementsOf(appended);
        assertThat(claimed).extracting(OutboxEntry::attempts).containsOnly(0);
        assertThat(claimed).extracting(OutboxEntry::lastError).containsOnly("");
        assertThat(claimed.get(0).sequence()).isLessThan(claimed.get(1).sequence());
        assertThat(claimed.get(1).sequence()).isLessThan(claimed.get(2).sequence());
    }

    @Test
    void theLargestBodyIsStoredAndReadBackUnchanged() {
        StringBuilder sb = new StringBuilder(WebhookMessage.MAX_BODY_CHARS);
        while (sb.length() < WebhookMessage.MAX_BODY_CHARS) {
            sb.append("\\u0001\u00e9\uD83D\uDE00x");
        }
        sb.setLength(WebhookMessage.MAX_BODY_CHARS - 1);
        sb.append('}');
        WebhookMessage big = new WebhookMessage("EV_big", "participant_joined", "r".repeat(128), E1, sb.toString(), T0);
        outbox.append(big);

        List<OutboxEntry> claimed = claim(T0, 1, 1, "w1");

        assertThat(claimed).hasSize(1);
        assertThat(claimed.get(0).message().body()).isEqualTo(big.body());
        assertThat(claimed.get(0).message()).isEqualTo(big);
    }

    @Test
    void aMessageIsDueFromItsCreationTime() {
        outbox.append(new WebhookMessage("EV_later", "room_started", "room-a", E1, "{}", T0.plusSeconds(10)));

        assertThat(claim(T0.plusSeconds(9), 10, 10, "w1")).isEmpty();
        assertThat(ids(claim(T0.plusSeconds(10), 10, 10, "w1"))).containsExactly("EV_later");
    }

    @Test
    void aStreamIsClaimedOneMessageAtATimeInOrder() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1));

        List<OutboxEntry> first = claim(T0, 10, 1, "w1");
        assertThat(ids(first)).containsExactly(m.get(0).eventId());
        assertThat(claim(T0, 10, 1, "w2")).as("the head is leased, the second waits behind it").isEmpty();

        assertThat(outbox.markDelivered(first.get(0).sequence(), "w1", T0)).isTrue();
        assertThat(ids(claim(T0, 10, 1, "w2"))).containsExactly(m.get(1).eventId());
    }

    @Test
    void laterMessagesOfAStreamAreClaimedWithTheirHeadInOrder() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1), message("room-a", E1), message("room-a", E1));

        List<OutboxEntry> claimed = claim(T0, 10, 3, "w1");

        assertThat(ids(claimed)).containsExactly(m.get(0).eventId(), m.get(1).eventId(), m.get(2).eventId());
        assertThat(claim(T0, 10, 3, "w2")).as("the fourth waits behind leased ones").isEmpty();
    }

    @Test
    void streamsAreRoomAndEndpoint() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1), message("room-b", E1), message("room-a", E2));

        List<OutboxEntry> claimed = claim(T0, 10, 1, "w1");

        assertThat(ids(claimed)).containsExactly(m.get(0).eventId(), m.get(2).eventId(), m.get(3).eventId());
    }

    @Test
    void aStreamWaitingForARetryHoldsBackOnlyItself() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1), message("room-b", E1), message("room-a", E2),
                message("room-b", E1));
        List<OutboxEntry> claimed = claim(T0, 10, 1, "w1");
        assertThat(ids(claimed)).containsExactly(m.get(0).eventId(), m.get(2).eventId(), m.get(3).eventId());

        assertThat(outbox.markFailed(claimed.get(0).sequence(), "w1", 1, "http_503", T0.plusSeconds(60))).isTrue();
        assertThat(outbox.markDelivered(claimed.get(1).sequence(), "w1", T0)).isTrue();
        assertThat(outbox.markDelivered(claimed.get(2).sequence(), "w1", T0)).isTrue();

        List<OutboxEntry> goesOn = claim(T0.plusSeconds(1), 10, 10, "w2");
        assertThat(ids(goesOn)).as("room-b goes on, room-a to E1 waits").containsExactly(m.get(4).eventId());
        assertThat(outbox.markDelivered(goesOn.get(0).sequence(), "w2", T0.plusSeconds(1))).isTrue();
        assertThat(claim(T0.plusSeconds(59), 10, 10, "w3")).isEmpty();
        List<OutboxEntry> retried = claim(T0.plusSeconds(60), 10, 1, "w3");
        assertThat(ids(retried)).containsExactly(m.get(0).eventId());
        assertThat(retried.get(0).attempts()).isEqualTo(1);
        assertThat(retried.get(0).lastError()).isEqualTo("http_503");
    }

    @Test
    void aLeaseKeepsOtherClaimsOffUntilItEnds() {
        append(message("room-a", E1));
        List<OutboxEntry> mine = claim(T0, 10, 10, "w1");
        assertThat(mine).hasSize(1);

        assertThat(claim(T0.plus(LEASE).minusMillis(1), 10, 10, "w2")).isEmpty();
        List<OutboxEntry> taken = claim(T0.plus(LEASE), 10, 10, "w2");
        assertThat(taken).as("claimable again once the lease has ended: the first worker died").hasSize(1);

        assertThat(outbox.markDelivered(mine.get(0).sequence(), "w1", T0.plusSeconds(40))).as("the lapsed claim").isFalse();
        assertThat(outbox.markDelivered(taken.get(0).sequence(), "w2", T0.plusSeconds(40))).isTrue();
        assertThat(claim(T0.plusSeconds(3600), 10, 10, "w3")).isEmpty();
    }

    @Test
    void everyMarkNeedsTheClaim() {
        append(message("room-a", E1));
        long seq = claim(T0, 10, 10, "w1").get(0).sequence();

        assertThat(outbox.markDelivered(seq, "intruder", T0)).isFalse();
        assertThat(outbox.markFailed(seq, "intruder", 1, "x", T0)).isFalse();
        assertThat(outbox.markAbandoned(seq, "intruder", 1, "x", T0)).isFalse();
        assertThat(outbox.release(seq, "intruder")).isFalse();
        assertThat(outbox.markDelivered(seq + 1000, "w1", T0)).as("unknown sequence").isFalse();

        assertThat(claim(T0, 10, 10, "w2")).as("still held by w1").isEmpty();
        assertThat(outbox.markDelivered(seq, "w1", T0)).isTrue();
        assertThat(outbox.markDelivered(seq, "w1", T0)).as("already delivered").isFalse();
        assertThat(outbox.markFailed(seq, "w1", 1, "x", T0)).isFalse();
    }

    @Test
    void aDeliveredMessageIsNeverClaimedAgain() {
        append(message("room-a", E1));
        long seq = claim(T0, 10, 10, "w1").get(0).sequence();
        outbox.markDelivered(seq, "w1", T0);

        assertThat(claim(T0.plus(Duration.ofDays(30)), 10, 10, "w2")).isEmpty();
    }

    @Test
    void anAbandonedMessageIsNeverClaimedAgainAndItsStreamGoesOn() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1));
        long seq = claim(T0, 10, 1, "w1").get(0).sequence();

        assertThat(outbox.markAbandoned(seq, "w1", 17, "http_500", T0.plusSeconds(5))).isTrue();

        assertThat(ids(claim(T0.plus(Duration.ofDays(30)), 10, 10, "w2"))).containsExactly(m.get(1).eventId());
    }

    @Test
    void releaseHandsMessagesBackWithoutAnAttempt() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1));
        List<OutboxEntry> claimed = claim(T0, 10, 2, "w1");
        assertThat(claimed).hasSize(2);

        assertThat(outbox.release(claimed.get(1).sequence(), "w1")).isTrue();
        assertThat(claim(T0, 10, 2, "w2")).as("the head is still held").isEmpty();
        assertThat(outbox.release(claimed.get(0).sequence(), "w1")).isTrue();

        List<OutboxEntry> again = claim(T0, 10, 2, "w2");
        assertThat(ids(again)).containsExactly(m.get(0).eventId(), m.get(1).eventId());
        assertThat(again).extracting(OutboxEntry::attempts).containsOnly(0);
    }

    @Test
    void aLapsedClaimStillMarksWhatNoOtherClaimTook() {
        List<WebhookMessage> m = append(message("room-a", E1), message("room-a", E1), message("room-a", E1));
        List<OutboxEntry> first = claim(T0, 10, 3, "w1");
        // w1's lease ends; w2 takes over the head only, the rest still names w1
        List<OutboxEntry> second = claim(T0.plus(LEASE), 10, 1, "w2");
        assertThat(ids(second)).containsExactly(m.get(0).eventId());
        assertThat(outbox.markDelivered(second.get(0).sequence(), "w2", T0.plus(LEASE))).isTrue();
        assertThat(outbox.markDelivered(first.get(1).sequence(), "w1", T0.plus(LEASE))).as("w1's lapsed claim still names it")
                .isTrue();

        assertThat(ids(claim(T0.plus(LEASE), 10, 3, "w3"))).containsExactly(m.get(2).eventId());
    }

    @Test
    void maxStreamsBoundsAClaimAndTheOldestStreamsComeFirst() {
        List<WebhookMessage> m = new ArrayList<>();
        for (String room : List.of("room-e", "room-d", "room-c", "room-b", "room-a")) {
            m.addAll(append(message(room, E1)));
        }

        assertThat(ids(claim(T0, 2, 10, "w1"))).containsExactly(m.get(0).eventId(), m.get(1).eventId());
        assertThat(ids(claim(T0, 2, 10, "w2"))).containsExactly(m.get(2).eventId(), m.get(3).eventId());
    }

    @Test
    void aLargeClaimReturnsEveryStreamsMessagesInOrder() {
        for (int i = 0; i < 11; i++) {
            for (int room = 0; room < 60; room++) {
                outbox.append(message("room-" + room, E1));
            }
        }

        List<OutboxEntry> claimed = claim(T0, 60, 10, "w1");

        assertThat(claimed).hasSize(600);
        assertThat(claimed).extracting(OutboxEntry::sequence).isSorted().doesNotHaveDuplicates();
        Map<String, List<OutboxEntry>> perRoom = new java.util.TreeMap<>();
        claimed.forEach(e -> perRoom.computeIfAbsent(e.message().room(), k -> new ArrayList<>()).add(e));
        assertThat(perRoom).hasSize(60).allSatisfy((room, entries) -> assertThat(entries).hasSize(10));
        assertThat(ids(claim(T0, 100, 100, "w2"))).as("the eleventh of each waits").isEmpty();
    }

    @Test
    void purgeDeletesOnlyMessagesDeliveredBeforeTheCutOff() {
        append(message("room-a", E1), message("room-b", E1), message("room-c", E1), message("room-d", E1));
        List<OutboxEntry> c = claim(T0, 10, 10, "w1");
        outbox.markDelivered(c.get(0).sequence(), "w1", T0.plusSeconds(10));
        outbox.markDelivered(c.get(1).sequence(), "w1", T0.plusSeconds(20));
        outbox.markAbandoned(c.get(2).sequence(), "w1", 3, "timeout", T0.plusSeconds(10));
        outbox.markFailed(c.get(3).sequence(), "w1", 1, "timeout", T0.plusSeconds(10));

        assertThat(outbox.purgeDelivered(T0.plusSeconds(10))).as("strictly before").isZero();
        assertThat(outbox.purgeDelivered(T0.plusSeconds(11))).isEqualTo(1);
        assertThat(outbox.purgeDelivered(T0.plus(Duration.ofDays(365)))).isEqualTo(1);
        assertThat(ids(claim(T0.plusSeconds(10), 10, 10, "w2"))).as("the pending one is kept").hasSize(1);
    }

    @Test
    void concurrentWorkersDeliverEveryMessageOnceAndEachStreamInOrder() throws Exception {
        int streams = 6;
        int perStreamMessages = 8;
        for (int i = 0; i < perStreamMessages; i++) {
            for (int s = 0; s < streams; s++) {
                outbox.append(message("room-" + s, s % 2 == 0 ? E1 : E2));
            }
        }
        int total = streams * perStreamMessages;
        Map<String, List<Long>> deliveredPerStream = new ConcurrentHashMap<>();
        List<Long> delivered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        Instant now = T0.plusSeconds(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(pool.submit(() -> {
                    int rounds = 0;
                    while (done.get() < total && System.nanoTime() < deadline) {
                        String claimant = UUID.randomUUID().toString();
                        List<OutboxEntry> claimed = outbox.claim(now, 2, 3, Duration.ofMinutes(10), claimant);
                        rounds++;
                        if (claimed.isEmpty()) {
                            Thread.sleep(2);
                            continue;
                        }
                        for (OutboxEntry e : claimed) {
                            // "post" before marking: the next of the stream cannot be claimed before the mark commits
                            deliveredPerStream.computeIfAbsent(e.message().stream(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(e.sequence());
                            delivered.add(e.sequence());
                            assertThat(outbox.markDelivered(e.sequence(), claimant, now)).isTrue();
                            done.incrementAndGet();
                        }
                    }
                    return rounds;
                }));
            }
            for (Future<Integer> f : workers) {
                f.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(delivered).hasSize(total).doesNotHaveDuplicates();
        assertThat(deliveredPerStream).hasSize(streams);
        for (List<Long> seqs : deliveredPerStream.values()) {
            assertThat(seqs).hasSize(perStreamMessages).isSorted();
        }
        assertThat(outbox.claim(now, 100, 100, LEASE, "late")).isEmpty();
    }
}
