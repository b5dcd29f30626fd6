package dev.parley.adapter.nats.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.FreePorts;
import dev.parley.application.vault.fake.InMemorySealedSecretStore;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import io.nats.client.Subscription;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded nats-server child process: restarted when killed, stopped on close, never left behind. */
class NatsServerSupervisorTest {

    @TempDir
    Path dir;

    private static NatsServerConfig config(Path dir, int[] ports) {
        NatsIdentities ids = NatsIdentities.loadOrCreate(new InMemorySealedSecretStore(), new FakeSecretSealer());
        return new NatsServerConfig("127.0.0.1", ports[0], ports[1], dir, ids.operatorJwt(), ids.systemAccountPublicKey(),
                Map.of(ids.systemAccountPublicKey(), ids.systemAccountJwt(), ids.accountPublicKey(), ids.accountJwt(Map.of(), 1)));
    }

    private static boolean natsServerChildren() {
        return ProcessHandle.current().descendants()
                .anyMatch(p -> p.isAlive() && p.info().command().orElse("").endsWith("nats-server"));
    }

    @Test
    void restartsTheServerAfterItIsKilledAndEverythingReconnects() throws Exception {
        try (EmbeddedNats nats = EmbeddedNats.start()) {
            NatsServerSupervisor supervisor = nats.messaging().supervisor().orElseThrow();
            String revokedSid = EmbeddedNats.newSid();
            MessagingCredential revoked = nats.issue("sup", revokedSid, VideoGrant.join("sup"));
            nats.messaging().gateway().revokeSession(RoomName.of("sup"), revokedSid, null);

            long pid = supervisor.pid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (supervisor.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(supervisor.restarts()).isEqualTo(1);
            assertThat(supervisor.awaitRunning(Duration.ofSeconds(5))).isTrue();
            assertThat(supervisor.pid().orElseThrow()).isNotEqualTo(pid);

            // Parley's own connection reconnects and delivers; participants can connect again.
            String sid = EmbeddedNats.newSid();
            MessagingCredential cred = nats.issue("sup", sid, VideoGrant.join("sup"));
            try (TestClient p = nats.connect(cred)) {
                Subscription priv = p.subscribe(cred.subjects().get("private"));
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                boolean delivered = false;
                while (!delivered && System.nanoTime() < until) {
                    nats.messaging().gateway().sendPrivate(RoomName.of("sup"), sid,
                            new dev.parley.application.messaging.PrivateMessage.SessionEnded("ping"));
                    delivered = priv.nextMessage(Duration.ofMillis(200)) != null;
                }
                assertThat(delivered).as("Parley's service connection works again").isTrue();
            }
            // The revocation made before the crash still holds after the restart.
            assertThatThrownBy(() -> TestClient.tryConnect(revoked, revoked.urls().get(0), 0))
                    .isInstanceOf(IOException.class).hasMessageContaining("Authorization Violation");
        }
        assertThat(natsServerChildren()).as("no nats-server left after close").isFalse();
    }

    @Test
    void closeLeavesNoProcessBehind() throws Exception {
        NatsServerSupervisor s = new NatsServerSupervisor(NatsServerBinary.locate(null), () -> config(dir, FreePorts.take(2)),
                Duration.ofSeconds(10));
        s.start();
        long pid = s.pid().orElseThrow();
        assertThat(ProcessHandle.of(pid)).isPresent();
        s.close();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(s.pid()).isEmpty();
        assertThat(natsServerChildren()).isFalse();
        Thread.sleep(300);
        assertThat(s.restarts()).as("a closed supervisor does not restart").isZero();
    }

    @Test
    void stopsAServerLeftBehindByAKilledParleyBeforeStarting() throws Exception {
        int[] ports = FreePorts.take(2);
        NatsServerConfig c = config(dir, ports);
        Files.createDirectories(c.resolverDir());
        Files.writeString(c.configFile(), c.render());
        Process orphan = new ProcessBuilder(NatsServerBinary.locate(null).toString(), "-c", c.configFile().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("orphan.out").toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!Files.exists(c.pidFile()) && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(c.pidFile()).exists();
            try (NatsServerSupervisor s = new NatsServerSupervisor(NatsServerBinary.locate(null), () -> c, Duration.ofSeconds(10))) {
                s.start();
                assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).as("the leftover server was stopped").isTrue();
                assertThat(s.pid().orElseThrow()).isNotEqualTo(orphan.pid());
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void failsClearlyWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int ws = FreePorts.take(1)[0];
            NatsServerConfig c = config(dir, new int[] {taken.getLocalPort(), ws});
            try (NatsServerSupervisor s = new NatsServerSupervisor(NatsServerBinary.locate(null), () -> c, Duration.ofSeconds(5))) {
                assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("nats-server");
            }
        }
        assertThat(natsServerChildren()).isFalse();
    }

    @Test
    void failsClearlyWhenTheBinaryIsMissing() {
        assertThatThrownBy(() -> NatsServerBinary.locate(dir.resolve("no-such-nats-server")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nats-server not found")
                .hasMessageContaining("apt-get install nats-server");
    }
}
