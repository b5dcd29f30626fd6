package dev.parley.adapter.nats.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.room.RoomName;
import io.nats.client.ConnectionListener.Events;
import io.nats.client.Subscription;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * revokeSession against a real server: the account JWT with the revocation reaches the server's
 * resolver, which closes the live connection and refuses the credential from then on.
 */
class RevocationTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final RoomName ROOM = RoomName.of("rev");

    private static EmbeddedNats nats;

    @BeforeAll
    static void startServer() {
        nats = EmbeddedNats.start();
    }

    @AfterAll
    static void stopServer() {
        nats.close();
    }

    @Test
    void revocationClosesTheLiveConnectionWithinTwoSeconds() throws Exception {
        String sid = EmbeddedNats.newSid();
        MessagingCredential cred = nats.issue("rev", sid, VideoGrant.join("rev"));
        try (TestClient p = nats.connect(cred)) {
            assertThat(p.isConnected()).isTrue();
            long t0 = System.nanoTime();
            nats.messaging().gateway().revokeSession(ROOM, sid, null);
            TestClient.Event closed = p.awaitEvent(Events.DISCONNECTED, LIMIT);
            assertThat(closed).as("the server closed the connection within %s", LIMIT).isNotNull();
            Duration took = Duration.ofNanos(closed.nanoTime() - t0);
            System.out.println("[figure] revokeSession -> connection closed: " + took.toMillis() + " ms");
            assertThat(took).isLessThan(LIMIT);
        }
    }

    @Test
    void sessionEndedMessageArrivesBeforeTheRevocationClosesTheConnection() throws Exception {
        for (int i = 0; i < 5; i++) {
            String sid = EmbeddedNats.newSid();
            MessagingCredential cred = nats.issue("rev", sid, VideoGrant.join("rev"));
            try (TestClient p = nats.connect(cred)) {
                java.util.concurrent.BlockingQueue<io.nats.client.Message> got = new java.util.concurrent.LinkedBlockingQueue<>();
                p.connection().createDispatcher(got::add).subscribe(cred.subjects().get("private"));
                p.flush();
                nats.messaging().gateway().sendPrivate(ROOM, sid, new PrivateMessage.SessionEnded("removed"));
                nats.messaging().gateway().revokeSession(ROOM, sid, null);
                assertThat(p.awaitEvent(Events.DISCONNECTED, LIMIT)).isNotNull();
                assertThat(got.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS))
                        .as("the notice was delivered before the close").isNotNull();
            }
        }
    }

    @Test
    void revokedCredentialCannotReconnect() throws Exception {
        String sid = EmbeddedNats.newSid();
        MessagingCredential cred = nats.issue("rev", sid, VideoGrant.join("rev"));
        nats.connect(cred).close();
        nats.messaging().gateway().revokeSession(ROOM, sid, null);
        assertThatThrownBy(() -> TestClient.tryConnect(cred, cred.urls().get(0), 0))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Authorization Violation");
        assertThatThrownBy(() -> TestClient.tryConnect(cred, nats.tcpUrl(), 0))
                .as("over TCP too").isInstanceOf(IOException.class);
    }

    @Test
    void aReconnectingClientIsRefusedAfterRevocation() throws Exception {
        String sid = EmbeddedNats.newSid();
        MessagingCredential cred = nats.issue("rev", sid, VideoGrant.join("rev"));
        try (TestClient p = nats.connectTcp(cred, 2)) {
            nats.messaging().gateway().revokeSession(ROOM, sid, null);
            assertThat(p.awaitEvent(Events.DISCONNECTED, LIMIT)).isNotNull();
            assertThat(p.awaitEvent(Events.CLOSED, Duration.ofSeconds(5)))
                    .as("every reconnect attempt is refused, the client gives up").isNotNull();
            assertThat(p.awaitEvent(Events.RECONNECTED, Duration.ofMillis(100))).isNull();
        }
    }

    @Test
    void keptCredentialStaysConnectedAndOthersAreUnaffected() throws Exception {
        String sid = EmbeddedNats.newSid();
        String bystanderSid = EmbeddedNats.newSid();
        MessagingCredential old = nats.issue("rev", sid, VideoGrant.join("rev"));
        MessagingCredential fresh = nats.issue("rev", sid, VideoGrant.join("rev"));
        MessagingCredential bystander = nats.issue("rev", bystanderSid, VideoGrant.join("rev"));
        assertThat(fresh.credentialId()).isNotEqualTo(old.credentialId());
        try (TestClient oldConn = nats.connect(old); TestClient freshConn = nats.connect(fresh);
                TestClient other = nats.connect(bystander)) {
            nats.messaging().gateway().revokeSession(ROOM, sid, fresh.credentialId());
            assertThat(oldConn.awaitEvent(Events.DISCONNECTED, LIMIT)).isNotNull();
            assertThat(freshConn.isConnected()).isTrue();
            assertThat(other.isConnected()).isTrue();
            Subscription priv = freshConn.subscribe(fresh.subjects().get("private"));
            nats.messaging().gateway().sendPrivate(ROOM, sid, new PrivateMessage.SessionEnded("still here?"));
            assertThat(priv.nextMessage(LIMIT)).as("the kept credential still works").isNotNull();
            assertThat(freshConn.awaitEvent(Events.DISCONNECTED, Duration.ofMillis(300))).isNull();
            assertThat(other.awaitEvent(Events.DISCONNECTED, Duration.ofMillis(10))).isNull();
        }
        TestClient.tryConnect(fresh, fresh.urls().get(0), 0).close();
        TestClient.tryConnect(bystander, bystander.urls().get(0), 0).close();
    }

    @Test
    void concurrentRevocationsAreAllApplied() throws Exception {
        int n = 12;
        List<String> sids = new ArrayList<>();
        List<TestClient> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String sid = EmbeddedNats.newSid();
            sids.add(sid);
            clients.add(nats.connect(nats.issue("rev", sid, VideoGrant.join("rev"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String sid : sids) {
                done.add(pool.submit(() -> nats.messaging().gateway().revokeSession(ROOM, sid, null)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            for (TestClient c : clients) {
                TestClient.Event e = c.awaitEvent(Events.DISCONNECTED, LIMIT);
                assertThat(e).isNotNull();
                assertThat(Duration.ofNanos(e.nanoTime() - t0)).isLessThan(LIMIT);
            }
        } finally {
            pool.shutdownNow();
            clients.forEach(TestClient::close);
        }
        assertThat(nats.messaging().accountUpdater().revocationCount()).isGreaterThanOrEqualTo(n);
        assertThat(nats.messaging().accountUpdater().hasPendingChanges()).isFalse();
    }

    @Test
    void revokingASessionWithoutCredentialsChangesNothing() {
        int before = nats.messaging().accountUpdater().revocationCount();
        nats.messaging().gateway().revokeSession(ROOM, EmbeddedNats.newSid(), null);
        assertThat(nats.messaging().accountUpdater().revocationCount()).isEqualTo(before);
    }
}
