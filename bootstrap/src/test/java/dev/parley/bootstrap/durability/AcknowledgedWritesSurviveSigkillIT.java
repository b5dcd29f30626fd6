package dev.parley.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.system.RunningParley;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost (issue 4): while a few clients stream room writes at a running
 * parley.jar over real HTTP (LiveKit CreateRoom, UpdateRoomMetadata, DeleteRoom; Plug-N-Meet
 * signed create), the JVM is killed with SIGKILL; a new JVM on the same data directory must show,
 * through the API, every write that got a success response, with the value it acknowledged, and
 * none of the rooms whose deletion was acknowledged. A write in flight at the kill may or may not
 * be there.
 *
 * <p>Bounded: {@value #CLIENTS} clients, at most {@value #MAX_WRITES_PER_CLIENT} writes each, the
 * kill between {@value #MIN_STREAM_MILLIS} and {@value #MIN_STREAM_MILLIS} + 2000 ms into the stream
 * (once {@value #MIN_ACKNOWLEDGED} writes are acknowledged), loopback only.
 */
class AcknowledgedWritesSurviveSigkillIT {

    private static final String KEY = "APIdurability";
    private static final String SECRET = "durability-secret-0123456789-abcdefghijklmnop";
    private static final int CLIENTS = 3;
    private static final int MAX_WRITES_PER_CLIENT = 20_000;
    private static final int MIN_ACKNOWLEDGED = 100;
    private static final long MIN_STREAM_MILLIS = 3_000;
    private static final Duration STREAM_LIMIT = Duration.ofSeconds(90);
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesASigkillInTheMiddleOfTheStream() throws Exception {
        byte[] master = new byte[32];
        SecureRandom random = new SecureRandom();
        random.nextBytes(master);
        Map<String, String> env = Map.of(
                "PARLEY_KEYS", KEY + ":" + SECRET,
                "PARLEY_MASTER_KEY", Base64.getEncoder().encodeToString(master),
                "PARLEY_DATA_DIR", work.resolve("data").toString());
        long seed = random.nextLong();
        long killAfterMillis = MIN_STREAM_MILLIS + random.nextInt(2_000);
        WriteLedger ledger = new WriteLedger();
        WriteStream stream;
        long streamMillis;
        long pid;

        try (RunningParley first = RunningParley.start(work, env)) {
            assertThat(first.awaitHealthAnswer(START_LIMIT).statusCode()).as("first start").isEqualTo(200);
            stream = new WriteStream(new ServerApi(first.port, KEY, SECRET), ledger, CLIENTS, MAX_WRITES_PER_CLIENT, seed);
            long t0 = System.nanoTime();
            stream.start();
            try {
                long limit = t0 + STREAM_LIMIT.toNanos();
                while (stream.running() == CLIENTS && System.nanoTime() < limit
                        && (stream.acknowledged() < MIN_ACKNOWLEDGED || System.nanoTime() - t0 < killAfterMillis * 1_000_000)) {
                    Thread.sleep(10);
                }
                assertThat(stream.running()).as("every client still writing when the kill comes (refusals: %s)",
                        stream.refusals()).isEqualTo(CLIENTS);
                double waiting = stream.waitingShare();
                System.out.printf("durability: clients waited for answers %.0f%% of the time%n", waiting * 100);
                stream.markKill();
                pid = first.kill();
                streamMillis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(stream.awaitEnd(Duration.ofSeconds(60))).as("clients stop once the server is gone").isTrue();
            } finally {
                stream.stop();
            }
        }

        List<WriteStream.ConnectionFailure> failures = stream.connectionFailures();
        long inFlight = failures.stream().filter(WriteStream.ConnectionFailure::startedBeforeKill).count();
        System.out.printf("durability: seed %d, killed pid %d after %d ms; %d writes acknowledged %s; "
                        + "%d connection failures, %d in flight at the kill; %d refusals%n",
                seed, pid, streamMillis, stream.acknowledged(), stream.acknowledgedByKind(), failures.size(), inFlight,
                stream.refusals().size());
        assertThat(stream.refusals()).as("every write is valid: nothing but success or no answer").isEmpty();
        assertThat(stream.acknowledged()).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED);
        assertThat(failures).as("the stream was interrupted: every client lost its connection").hasSize(CLIENTS);
        // How many writes were in flight at the kill is reported, not asserted: with three clients it
        // is usually 1-3, but a kill can land while every client is between two requests (seen in CI),
        // and the check above already proves the stream was cut.

        try (RunningParley second = RunningParley.start(work, env)) {
            assertThat(second.awaitHealthAnswer(START_LIMIT).statusCode()).as("restart on the same data directory")
                    .isEqualTo(200);
            ServerApi api = new ServerApi(second.port, KEY, SECRET);
            HttpResponse<String> listed = api.twirp("ListRooms", null, ServerApi.object());
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            Map<String, String> rooms = WriteLedger.listedRooms(listed.body());

            List<String> lost = new ArrayList<>(ledger.discrepancies(rooms));
            // The Plug-N-Meet view of the same rooms, one Get per room that went through that API.
            for (WriteLedger.Room room : ledger.rooms().values()) {
                if (!room.plugNmeet || room.acknowledgedWrites == 0 || room.unanswered != null) {
                    continue;
                }
                HttpResponse<String> active = api.signed("isRoomActive", ServerApi.object().put("room_id", room.name));
                JsonNode body = ServerApi.parse(active.body());
                if (active.statusCode() != 200 || body.path("is_active").asBoolean() != room.acknowledged.present()) {
                    lost.add("isRoomActive " + room.name + ": expected " + room.acknowledged.present() + ", got HTTP "
                            + active.statusCode() + " " + active.body());
                }
            }
            int present = ledger.acknowledgedPresent().size();
            int deleted = ledger.acknowledgedDeleted().size();
            System.out.printf("durability: after restart %d rooms listed; %d acknowledged present, %d acknowledged"
                    + " deleted; %d discrepancies%n", rooms.size(), present, deleted, lost.size());
            assertThat(lost).as("acknowledged writes missing or wrong after SIGKILL and restart (seed %d)", seed).isEmpty();
            assertThat(deleted).as("the stream deleted rooms").isPositive();
        }
    }
}
