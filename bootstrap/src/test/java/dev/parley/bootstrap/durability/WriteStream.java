package dev.parley.bootstrap.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.bootstrap.durability.WriteLedger.Room;
import dev.parley.bootstrap.durability.WriteLedger.State;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A few client threads, each writing to its own rooms as fast as the server answers: LiveKit
 * CreateRoom, UpdateRoomMetadata and DeleteRoom, and Plug-N-Meet signed create. Every answer is
 * entered in the {@link WriteLedger}. A client stops at its first write that gets no success
 * response (after the server is killed: a connection error), so each client leaves at most one
 * unanswered write behind.
 */
final class WriteStream {

    /** A write that got no response at all. */
    record ConnectionFailure(int client, String write, boolean startedBeforeKill, String error) {
    }

    /** A write that got a response other than the success it should have got. */
    record Refusal(int client, String write, int status, String body) {
    }

    private final ServerApi api;
    private final WriteLedger ledger;
    private final int maxWritesPerClient;
    private final long seed;
    private final List<Thread> clients = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong nanosWaiting = new java.util.concurrent.atomic.AtomicLong();
    private volatile long startedAtNanos;
    private final Map<String, AtomicInteger> acknowledgedByKind = new ConcurrentHashMap<>();
    private final List<ConnectionFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Refusal> refusals = Collections.synchronizedList(new ArrayList<>());
    private volatile long killedAtNanos = Long.MAX_VALUE;

    WriteStream(ServerApi api, WriteLedger ledger, int clients, int maxWritesPerClient, long seed) {
        this.api = api;
        this.ledger = ledger;
        this.maxWritesPerClient = maxWritesPerClient;
        this.seed = seed;
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> run(client), "durability-client-" + c);
            t.setDaemon(true);
            this.clients.add(t);
        }
    }

    void start() {
        startedAtNanos = System.nanoTime();
        running.set(clients.size());
        clients.forEach(Thread::start);
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Share of the clients' time spent waiting for an answer (the rest: building and signing requests). */
    double waitingShare() {
        return nanosWaiting.get() / (double) ((System.nanoTime() - startedAtNanos) * clients.size());
    }

    /** Clients still writing. */
    int running() {
        return running.get();
    }

    Map<String, AtomicInteger> acknowledgedByKind() {
        return acknowledgedByKind;
    }

    List<ConnectionFailure> connectionFailures() {
        return List.copyOf(failures);
    }

    List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** Called just before the server is killed: a write started before this instant was in flight. */
    void markKill() {
        killedAtNanos = System.nanoTime();
    }

    /** Waits for every client to stop; true when they all did. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : clients) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, left / 1_000_000));
            }
        }
        return clients.stream().noneMatch(Thread::isAlive);
    }

    void stop() {
        clients.forEach(Thread::interrupt);
    }

    /** One write: its room, a description, the state it leaves when applied, the call, what counts as success. */
    private record Write(String kind, Room room, String description, State after, Call call, Predicate<JsonNode> success) {
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private void run(int client) {
        try {
            Random random = new Random(seed * 31 + client);
            List<Room> live = new ArrayList<>();
            for (int n = 0; n < maxWritesPerClient && !Thread.currentThread().isInterrupted(); n++) {
                int dice = random.nextInt(100);
                Write w;
                if (live.size() < 3 || dice < 35) {
                    w = liveKitCreate(client, n, random);
                } else if (dice < 50) {
                    w = plugNmeetCreate(client, n, random);
                } else if (dice < 85) {
                    w = updateMetadata(live.get(random.nextInt(live.size())), n, random);
                } else {
                    w = delete(live.get(random.nextInt(live.size())));
                }
                if (!perform(client, w)) {
                    return;
                }
                if (w.after().present()) {
                    if (!live.contains(w.room())) {
                        live.add(w.room());
                    }
                } else {
                    live.remove(w.room());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
    }

    /** Sends {@code w} and enters the answer in the ledger; false when the client must stop. */
    private boolean perform(int client, Write w) throws InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = w.call().send();
            nanosWaiting.addAndGet(System.nanoTime() - started);
        } catch (IOException e) {
            ledger.unanswered(w.room(), w.description(), w.after());
            failures.add(new ConnectionFailure(client, w.description(), started < killedAtNanos, e.toString()));
            return false;
        }
        boolean ok = false;
        if (response.statusCode() / 100 == 2) {
            try {
                ok = w.success().test(ServerApi.parse(response.body()));
            } catch (IOException notJson) {
                ok = false;
            }
        }
        if (!ok) {
            ledger.unanswered(w.room(), w.description() + " (HTTP " + response.statusCode() + ")", w.after());
            refusals.add(new Refusal(client, w.description(), response.statusCode(), response.body()));
            return false;
        }
        ledger.acknowledged(w.room(), w.description(), w.after());
        acknowledged.incrementAndGet();
        acknowledgedByKind.computeIfAbsent(w.kind(), k -> new AtomicInteger()).incrementAndGet();
        return true;
    }

    private Write liveKitCreate(int client, int n, Random random) {
        String name = String.format("c%d-lk-%05d", client, n);
        Room room = ledger.newRoom(name, false);
        String metadata = "lk " + name + " v0 " + token(random) + " \u00fc";
        ObjectNode body = ServerApi.object().put("name", name).put("emptyTimeout", 3600).put("maxParticipants", 7)
                .put("metadata", metadata);
        return new Write("CreateRoom", room, "CreateRoom " + name, State.withMetadata(metadata),
                () -> api.twirp("CreateRoom", null, body),
                r -> name.equals(r.path("name").asText()) && metadata.equals(r.path("metadata").asText()));
    }

    private Write plugNmeetCreate(int client, int n, Random random) {
        String name = String.format("c%d-pnm-%05d", client, n);
        Room room = ledger.newRoom(name, true);
        ObjectNode body = ServerApi.object().put("room_id", name).put("empty_timeout", 3600).put("max_participants", 10);
        ObjectNode metadata = body.putObject("metadata").put("room_title", "Durable " + name).put("marker", token(random));
        return new Write("plugnmeet create", room, "auth/room/create " + name, State.withJsonMetadata(metadata.toString()),
                () -> api.signed("create", body),
                r -> r.path("status").asBoolean(false) && name.equals(r.at("/room_info/name").asText()));
    }

    private Write updateMetadata(Room room, int n, Random random) {
        String metadata = "upd " + room.name + " #" + n + " " + token(random);
        ObjectNode body = ServerApi.object().put("room", room.name).put("metadata", metadata);
        return new Write("UpdateRoomMetadata", room, "UpdateRoomMetadata " + room.name + " #" + n,
                State.withMetadata(metadata), () -> api.twirp("UpdateRoomMetadata", room.name, body),
                r -> metadata.equals(r.path("metadata").asText()));
    }

    private Write delete(Room room) {
        ObjectNode body = ServerApi.object().put("room", room.name);
        return new Write("DeleteRoom", room, "DeleteRoom " + room.name, State.ABSENT,
                () -> api.twirp("DeleteRoom", null, body), r -> r.isObject());
    }

    private static String token(Random random) {
        byte[] b = new byte[6];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
