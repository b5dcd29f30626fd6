package dev.parley.adapter.nats.bench;

import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code MessagingGateway.issue()}: a fresh user nkey (Ed25519 key generation), the allow lists
 * from the session's access, the user JWT signed by the account key, and the bookkeeping for
 * revocation. One participant session per operation, as at a join.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IssueCredentialBenchmark {

    private EmbeddedNats nats;
    private MessagingGateway gateway;
    private final AtomicLong sids = new AtomicLong();
    private final RoomName room = RoomName.of("bench");
    private final MessagingAccess access = MessagingAccess.of(VideoGrant.join("bench"));
    private final Identity identity = Identity.of("bench-user");
    private Instant deadline;

    @Setup(Level.Trial)
    public void start() {
        nats = EmbeddedNats.start();
        gateway = nats.messaging().gateway();
        deadline = Instant.now().plus(1, ChronoUnit.HOURS);
    }

    @TearDown(Level.Trial)
    public void stop() {
        nats.close();
    }

    @Benchmark
    public MessagingCredential issue() {
        String sid = "PA_B" + sids.incrementAndGet();
        return gateway.issue(new MessagingSession(room, sid, identity, access, deadline));
    }
}
