package dev.parley.adapter.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.nats.identity.NatsIdentities;
import dev.parley.adapter.nats.server.NatsServerBinary;
import dev.parley.adapter.nats.server.NatsServerConfig;
import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.FreePorts;
import dev.parley.application.vault.fake.InMemorySealedSecretStore;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import io.nats.client.ConnectionListener.Events;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented set-up for an existing NATS server: its administrator adds only the snippet
 * Parley renders (operator, system account, full resolver, system account preload); Parley in
 * EXTERNAL mode installs its application account itself and everything works.
 */
class ExternalClusterTest {

    @TempDir
    Path dir;

    @Test
    void parleyInstallsItsAccountOnAServerConfiguredOnlyWithTheSnippet() throws Exception {
        NatsIdentities ids = NatsIdentities.loadOrCreate(new InMemorySealedSecretStore(), new FakeSecretSealer());
        int[] ports = FreePorts.take(2);
        String conf = "listen: \"127.0.0.1:" + ports[0] + "\"\n"
                + "websocket {\n  listen: \"127.0.0.1:" + ports[1] + "\"\n  no_tls: true\n}\n"
                + "jetstream { store_dir: \"" + dir.resolve("js") + "\" }\n"
                + NatsServerConfig.clusterSnippet(ids.operatorJwt(), ids.systemAccountPublicKey(), ids.systemAccountJwt(),
                        dir.resolve("jwt").toString());
        assertThat(conf).doesNotContain(ids.accountPublicKey());
        Files.createDirectories(dir.resolve("jwt"));
        Path file = dir.resolve("admin.conf");
        Files.writeString(file, conf);
        Process server = new ProcessBuilder(NatsServerBinary.locate(null).toString(), "-c", file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        try {
            awaitPort(ports[0]);
            NatsSettings settings = NatsSettings.external(List.of("nats://127.0.0.1:" + ports[0]),
                    List.of("ws://127.0.0.1:" + ports[1]));
            try (NatsMessaging messaging = NatsMessaging.start(settings, ids)) {
                assertThat(messaging.supervisor()).isEmpty();
                String sid = EmbeddedNats.newSid();
                MessagingCredential cred = messaging.gateway().issue(EmbeddedNats.session("ext", sid, VideoGrant.join("ext")));
                assertThat(cred.urls()).containsExactly("ws://127.0.0.1:" + ports[1]);
                try (TestClient p = TestClient.tryConnect(cred, cred.urls().get(0), 0)) {
                    assertThat(p.isConnected()).isTrue();
                    messaging.gateway().revokeSession(RoomName.of("ext"), sid, null);
                    assertThat(p.awaitEvent(Events.DISCONNECTED, Duration.ofSeconds(2))).isNotNull();
                }
                assertThatThrownBy(() -> TestClient.tryConnect(cred, cred.urls().get(0), 0)).isInstanceOf(IOException.class);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("server did not start");
    }
}
