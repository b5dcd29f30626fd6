package dev.parley.adapter.nats.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.nats.support.EmbeddedNats;
import dev.parley.adapter.nats.support.TestClient;
import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import io.nats.client.AuthenticationException;
import io.nats.client.ConnectionListener.Events;
import io.nats.client.NKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an issued credential says about itself, and that the server enforces its expiry. */
class CredentialExpiryTest {

    private static EmbeddedNats nats;

    @BeforeAll
    static void startServer() {
        nats = EmbeddedNats.start();
    }

    @AfterAll
    static void stopServer() {
        nats.close();
    }

    static JsonNode claims(String jwt) throws IOException {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static MessagingSession session(String sid, Instant expiresAt) {
        return new MessagingSession(RoomName.of("exp"), sid, Identity.of("alice@example.com"),
                MessagingAccess.of(VideoGrant.join("exp")), expiresAt);
    }

    @Test
    void credentialExpiresWhenTheSessionDoes() throws Exception {
        Instant deadline = Instant.now().plus(47, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        MessagingCredential c = nats.messaging().gateway().issue(session(EmbeddedNats.newSid(), deadline));
        JsonNode claims = claims(c.userJwt());
        // The last whole second before the deadline: nats-server accepts a connect while now <= exp.
        assertThat(claims.get("exp").asLong()).isEqualTo(deadline.getEpochSecond() - 1);
        assertThat(c.expiresAt()).isEqualTo(deadline.minusSeconds(1));
    }

    @Test
    void credentialNeverOutlivesTheMaximumLifetime() throws Exception {
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS);
        MessagingCredential c = nats.messaging().gateway().issue(session(EmbeddedNats.newSid(), deadline));
        long exp = claims(c.userJwt()).get("exp").asLong();
        long max = Instant.now().plus(nats.settings().maxCredentialLifetime()).getEpochSecond();
        assertThat(exp).isBetween(max - 5, max);
    }

    @Test
    void credentialIsNamedAfterTheSessionAndSignedByTheAccount() throws Exception {
        String sid = EmbeddedNats.newSid();
        MessagingCredential c = nats.messaging().gateway().issue(session(sid, Instant.now().plusSeconds(600)));
        JsonNode claims = claims(c.userJwt());
        assertThat(claims.get("name").asText()).isEqualTo(sid);
        assertThat(claims.get("sub").asText()).isEqualTo(c.credentialId());
        assertThat(claims.get("iss").asText()).isEqualTo(nats.identities().accountPublicKey());
        assertThat(new String(Base64.getUrlDecoder().decode(c.userJwt().split("\\.")[1]), StandardCharsets.UTF_8))
                .as("the identity is not in the credential").doesNotContain("alice");
        assertThat(claims.path("nats").path("bearer_token").asBoolean(false)).as("a nonce signature is required").isFalse();
        assertThat(NKey.fromSeed(c.userSeed().toCharArray()).getPublicKey()).isEqualTo(c.credentialId().toCharArray());
        assertThat(c.toString()).doesNotContain(c.userSeed()).doesNotContain(c.userJwt());
    }

    @Test
    void everyCredentialHasItsOwnKey() {
        String sid = EmbeddedNats.newSid();
        MessagingCredential a = nats.messaging().gateway().issue(session(sid, Instant.now().plusSeconds(600)));
        MessagingCredential b = nats.messaging().gateway().issue(session(sid, Instant.now().plusSeconds(600)));
        assertThat(a.credentialId()).isNotEqualTo(b.credentialId());
        assertThat(a.userSeed()).isNotEqualTo(b.userSeed());
    }

    @Test
    void refusesToIssueForADeadlineThatHasPassed() {
        assertThatThrownBy(() -> nats.messaging().gateway().issue(session(EmbeddedNats.newSid(), Instant.now().minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiredCredentialIsDisconnectedAndRefused() throws Exception {
        Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        MessagingCredential c = nats.messaging().gateway().issue(session(EmbeddedNats.newSid(), deadline));
        try (TestClient p = TestClient.tryConnect(c, c.urls().get(0), 0)) {
            assertThat(p.isConnected()).isTrue();
            TestClient.Event closed = p.awaitEvent(Events.DISCONNECTED, Duration.ofSeconds(4));
            assertThat(closed).as("the server closes the connection when the credential expires").isNotNull();
            assertThat(Instant.now()).isAfterOrEqualTo(deadline.minusSeconds(1).minusMillis(50));
            assertThat(Instant.now()).as("closed before the deadline itself").isBefore(deadline.plusMillis(500));
        }
        // nats-server 2.9 refuses a connect only when now > exp in whole seconds; exp is the last
        // second before the deadline, so from the deadline on nothing connects.
        long wait = Duration.between(Instant.now(), deadline.plusMillis(100)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        // The server words the refusal "User Authentication Expired" or, once the expired user is
        // forgotten, "Authorization Violation": both refuse the connection.
        assertThatThrownBy(() -> TestClient.tryConnect(c, c.urls().get(0), 0))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageMatching("(?s).*(User Authentication Expired|Authorization Violation).*");
    }
}
