package dev.parley.adapter.nats.bench;

import dev.parley.adapter.nats.identity.NatsIdentities;
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
 * revocation. One participant session per operation, as at a join. Baseline in the same run:
 * the same key pair and JWT made the plain jnats way ({@code NKey.createUser} +
 * {@code JwtUtils.issueUserJWT}), which {@code issue()} replaced by its own signer.
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
    private final java.util.List<String> publishAllow = java.util.List.of("parley.bench.chat.PA_B1", "parley.bench.data.PA_B1",
            "parley.bench.dm.*.PA_B1", "parley.bench.renew.PA_B1");
    private final java.util.List<String> subscribeAllow = java.util.List.of("parley.bench.events", "parley.bench.chat.*",
            "parley.bench.data.*", "parley.bench.dm.PA_B1.*", "parley.bench.private.PA_B1", "parley.inbox.PA_B1.>");

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
    public String jnatsBaseline() {
        io.nats.client.NKey user = NatsIdentities.newUserKey();
        String pub = NatsIdentities.publicKey(user);
        long now = System.currentTimeMillis() / 1000;
        return nats.identities().userJwt(pub, "PA_B" + sids.incrementAndGet(), now, now + 3600, publishAllow,
                subscribeAllow, false) + new String(user.getSeed());
    }

    @Benchmark
    public MessagingCredential issue() {
        String sid = "PA_B" + sids.incrementAndGet();
        return gateway.issue(new MessagingSession(room, sid, identity, access, deadline));
    }
}
