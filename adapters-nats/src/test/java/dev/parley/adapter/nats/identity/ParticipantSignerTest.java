package dev.parley.adapter.nats.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.application.vault.fake.InMemorySealedSecretStore;
import dev.parley.application.token.fake.FakeSecretSealer;
import io.nats.client.NKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The participant fast path produces what jnats produces: nkeys that jnats' own {@code NKey}
 * decodes to the same public key, JWTs with jnats' header and claim set, Ed25519 signatures that
 * verify with the account's public key (nats-server's acceptance is covered by every integration test).
 */
class ParticipantSignerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final NatsIdentities ids = NatsIdentities.loadOrCreate(new InMemorySealedSecretStore(), new FakeSecretSealer());

    private static JsonNode part(String jwt, int i) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[i]));
    }

    @Test
    void base32FollowsRfc4648TestVectors() {
        // RFC 4648 §10, without padding
        assertThat(new String(NKeyCodec.base32("".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        assertThat(new String(NKeyCodec.base32("f".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("MY");
        assertThat(new String(NKeyCodec.base32("fo".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("MZXQ");
        assertThat(new String(NKeyCodec.base32("foob".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("MZXW6YQ");
        assertThat(new String(NKeyCodec.base32("foobar".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void crc16IsXmodem() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(NKeyCodec.crc16(check, check.length)).isEqualTo(0x31C3);
    }

    @Test
    void userKeysAreNkeysThatJnatsDecodesToTheSamePublicKey() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            NatsIdentities.SignedUser u = ids.signParticipant("PA_x", 1000, 2000, List.of("a.b"), List.of("c.d"));
            char[] seed = u.seed();
            assertThat(new String(seed)).startsWith("SU");
            NKey decoded = NKey.fromSeed(seed);
            assertThat(decoded.getType()).isEqualTo(NKey.Type.USER);
            assertThat(new String(decoded.getPublicKey())).isEqualTo(u.publicKey());
            assertThat(new String(decoded.getSeed())).isEqualTo(new String(seed));
            assertThat(NKey.isValidPublicUserKey(u.publicKey().toCharArray())).isTrue();
            assertThat(seen.add(u.publicKey())).as("every key is new").isTrue();
            assertThat(u.toString()).doesNotContain(new String(seed));
        }
    }

    @Test
    void jwtIsSignedByTheAccountKeyWithJnatsHeader() throws Exception {
        NatsIdentities.SignedUser u = ids.signParticipant("PA_x", 1000, 2000, List.of("a.b"), List.of("c.d"));
        String[] parts = u.jwt().split("\\.");
        String jnats = ids.userJwt(u.publicKey(), "PA_x", 1000, 2000L, List.of("a.b"), List.of("c.d"), false);
        assertThat(part(u.jwt(), 0)).isEqualTo(part(jnats, 0));
        assertThat(part(u.jwt(), 0).get("alg").asText()).isEqualTo("ed25519-nkey");
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        NKey account = NKey.fromPublicKey(ids.accountPublicKey().toCharArray());
        assertThat(account.verify(input, Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        byte[] tampered = (parts[0] + "." + parts[1].replace('A', 'B')).getBytes(StandardCharsets.US_ASCII);
        assertThat(account.verify(tampered, Base64.getUrlDecoder().decode(parts[2]))).isFalse();
    }

    @Test
    void claimsAreThoseJnatsWrites() throws Exception {
        NatsIdentities.SignedUser u = ids.signParticipant("PA_x", 1000, 2000, List.of("a.b", "e.*"), List.of("c.>"));
        JsonNode ours = part(u.jwt(), 1);
        JsonNode theirs = part(ids.userJwt(u.publicKey(), "PA_x", 1000, 2000L, List.of("a.b", "e.*"), List.of("c.>"), false), 1);
        for (String f : List.of("iat", "iss", "name", "sub", "exp")) {
            assertThat(ours.get(f)).as(f).isEqualTo(theirs.get(f));
        }
        assertThat(ours.get("jti").asText()).hasSize(52);
        JsonNode on = ours.get("nats");
        JsonNode tn = theirs.get("nats");
        for (Iterator<String> it = tn.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!f.equals("issuer_account")) { // only needed when a signing key, not the account itself, signs
                assertThat(on.get(f)).as("nats." + f).isEqualTo(tn.get(f));
            }
        }
    }

    @Test
    void emptyAllowListsDenyEverything() throws Exception {
        JsonNode nats = part(ids.signParticipant("PA_x", 1000, 2000, List.of(), List.of()).jwt(), 1).get("nats");
        assertThat(nats.get("pub").get("deny").get(0).asText()).isEqualTo(">");
        assertThat(nats.get("sub").get("deny").get(0).asText()).isEqualTo(">");
        assertThat(nats.get("pub").has("allow")).isFalse();
    }

    @Test
    void refusesACredentialThatExpiresBeforeItIsIssued() {
        assertThatThrownBy(() -> ids.signParticipant("PA_x", 1000, 1000, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
