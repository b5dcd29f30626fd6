package dev.parley.adapter.nats.bench;

import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.application.event.RoomEvent;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load program (not a unit test): N participants in one room, each a real NATS connection with
 * its own credential from {@code issue()}, subscribed to the room's events subject with that
 * credential's permissions; Parley publishes K room events through the gateway
 * ({@code RoomEventPublisher.publish}) and the program measures how many connections were
 * established, how many received every event, and the delivery latency (publish call to
 * receipt) p50/p99/max.
 * <p>
 * Arguments (all optional, {@code key=value}): {@code participants=5000 events=100 rate=20
 * transport=ws|tcp inFlight=200}. Run (see docs/messaging.md):
 * <pre>
 * mvn -q -o -pl adapters-nats test-compile exec:exec -Pload -Dload.args="participants=5000 events=100"
 * </pre>
 */
public final class RoomFanoutLoad {

    private RoomFanoutLoad() {
    }

    public static void main(String[] args) throws Exception {
        int participants = intArg(args, "participants", 5000);
        int events = intArg(args, "events", 100);
        int rate = intArg(args, "rate", 20);
        int inFlight = intArg(args, "inFlight", 200);
        boolean ws = !"tcp".equals(strArg(args, "transport", "ws"));
        System.out.printf("room fan-out: %d participants, %d events at %d/s over %s%n", participants, events, rate,
                ws ? "WebSocket" : "TCP");

        try (EmbeddedNats nats = EmbeddedNats.start()) {
            RoomName roomName = RoomName.of("load");
            Instant deadline = Instant.now().plus(1, ChronoUnit.HOURS);
            MessagingAccess access = MessagingAccess.of(VideoGrant.join("load"));

            // 1. Credentials: one issue() per participant, each its own key pair and user JWT.
            MessagingCredential[] creds = new MessagingCredential[participants];
            long t0 = System.nanoTime();
            for (int i = 0; i < participants; i++) {
                String sid = String.format("PA_L%011d", i);
                creds[i] = nats.messaging().gateway().issue(new MessagingSession(roomName, sid, Identity.of("u" + i), access, deadline));
            }
            double issueSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("issue(): %d credentials in %.2f s = %.0f/s (one thread, incl. key generation)%n",
                    participants, issueSeconds, participants / issueSeconds);

            // 2. Connections on one selector thread.
            URI target = URI.create(ws ? creds[0].urls().get(0) : nats.tcpUrl());
            long[] sent = new long[events];
            long[] latencies = new long[participants * events];
            AtomicInteger latencyCount = new AtomicInteger();
            int[] receivedPerConn = new int[participants];
            AtomicInteger ready = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger droppedAfterReady = new AtomicInteger();
            RawNatsClients.MessageSink sink = (conn, nanos, buf, off, len) -> {
                int seq = seqOf(buf, off, len);
                if (seq >= 0 && seq < events && sent[seq] != 0) {
                    receivedPerConn[conn]++;
                    latencies[latencyCount.getAndIncrement()] = nanos - sent[seq];
                }
            };
            try (RawNatsClients clients = new RawNatsClients(ws, target.getHost(), target.getPort(), sink,
                    i -> ready.incrementAndGet(), i -> {
                        if (i < 0) {
                            droppedAfterReady.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    })) {
                long c0 = System.nanoTime();
                int next = 0;
                long connectDeadline = c0 + 120_000_000_000L;
                while ((next < participants || clients.pending() > 0) && System.nanoTime() < connectDeadline) {
                    while (next < participants && clients.pending() < inFlight) {
                        clients.open(next, creds[next].userJwt(), creds[next].userSeed(), creds[next].subjects().get("events"));
                        next++;
                    }
                    clients.poll(5);
                }
                double connectSeconds = (System.nanoTime() - c0) / 1e9;
                System.out.printf("connections: %d established, %d refused/failed, in %.2f s (%.0f/s)%n",
                        ready.get(), failed.get(), connectSeconds, ready.get() / connectSeconds);

                // 3. Parley publishes K events through the gateway, at the given rate.
                Room room = Room.create(roomName, "RM_load", RoomPolicy.defaults(), "", Instant.now()).activate(Instant.now());
                long interval = 1_000_000_000L / Math.max(1, rate);
                long start = System.nanoTime();
                int published = 0;
                while (published < events) {
                    long due = start + published * interval;
                    if (System.nanoTime() >= due) {
                        Room r = room.withMetadata("seq:" + published);
                        sent[published] = System.nanoTime();
                        nats.messaging().gateway().publish(new RoomEvent.RoomMetadataChanged(r));
                        published++;
                    }
                    clients.poll(1);
                }
                long drainUntil = System.nanoTime() + 10_000_000_000L;
                long expected = (long) ready.get() * events;
                while (latencyCount.get() < expected && System.nanoTime() < drainUntil) {
                    clients.poll(5);
                }
            }

            int all = 0;
            for (int i = 0; i < participants; i++) {
                if (receivedPerConn[i] == events) {
                    all++;
                }
            }
            int n = latencyCount.get();
            long[] lat = Arrays.copyOf(latencies, n);
            Arrays.sort(lat);
            System.out.printf("deliveries: %d of %d expected (%d events x %d connections)%n", n, (long) ready.get() * events,
                    events, ready.get());
            System.out.printf("connections that received every event: %d of %d (dropped after connecting: %d)%n", all,
                    participants, droppedAfterReady.get());
            if (n > 0) {
                System.out.printf("latency publish->receipt: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", lat[n / 2] / 1e6,
                        lat[(int) Math.min(n - 1, (long) n * 99 / 100)] / 1e6, lat[n - 1] / 1e6);
            }
        }
    }

    /** The event number carried in the room metadata {@code seq:<n>}. */
    private static int seqOf(byte[] buf, int off, int len) {
        for (int i = off; i < off + len - 4; i++) {
            if (buf[i] == 's' && buf[i + 1] == 'e' && buf[i + 2] == 'q' && buf[i + 3] == ':') {
                int v = 0;
                int j = i + 4;
                while (j < off + len && buf[j] >= '0' && buf[j] <= '9') {
                    v = v * 10 + (buf[j] - '0');
                    j++;
                }
                return v;
            }
        }
        return -1;
    }

    private static String strArg(String[] args, String key, String def) {
        for (String a : args) {
            if (a.startsWith(key + "=")) {
                return a.substring(key.length() + 1);
            }
        }
        return def;
    }

    private static int intArg(String[] args, String key, int def) {
        return Integer.parseInt(strArg(args, key, String.valueOf(def)));
    }
}
