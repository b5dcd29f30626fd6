package dev.parley.adapter.nats.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.application.vault.fake.InMemorySealedSecretStore;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealingException;
import dev.parley.application.vault.SealedSecretStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operator and account keys: generated once, sealed at rest, the same for every node. */
class NatsIdentitiesTest {

    private final InMemorySealedSecretStore store = new InMemorySealedSecretStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();

    static JsonNode claims(String jwt) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void keysAreGeneratedOnceAndReloadedByEveryLaterStart() {
        NatsIdentities first = NatsIdentities.loadOrCreate(store, sealer);
        NatsIdentities again = NatsIdentities.loadOrCreate(store, sealer);
        assertThat(again.operatorPublicKey()).isEqualTo(first.operatorPublicKey()).startsWith("O");
        assertThat(again.accountPublicKey()).isEqualTo(first.accountPublicKey()).startsWith("A");
        assertThat(again.systemAccountPublicKey()).isEqualTo(first.systemAccountPublicKey()).startsWith("A");
        assertThat(first.accountPublicKey()).isNotEqualTo(first.systemAccountPublicKey());
        assertThat(store.all()).containsOnlyKeys("nats/operator", "nats/account", "nats/system");
    }

    @Test
    void seedsAreStoredSealedAndBoundToTheirName() {
        NatsIdentities.loadOrCreate(store, sealer);
        SealedSecret op = store.all().get("nats/operator");
        assertThat(new String(sealer.unseal(op, "nats/operator"), StandardCharsets.US_ASCII)).startsWith("SO");
        assertThatThrownBy(() -> sealer.unseal(op, "nats/account")).isInstanceOf(SecretSealingException.class);
        for (SealedSecret s : store.all().values()) {
            assertThat(new String(s.blob(), StandardCharsets.ISO_8859_1)).doesNotContain("SO").doesNotContain("SA");
        }
    }

    @Test
    void aNodeThatLosesTheStartRaceAdoptsTheWinnersKeys() {
        NatsIdentities winner = NatsIdentities.loadOrCreate(store, sealer);
        // The loser looked before the winner stored: its first look finds nothing for each name.
        Set<String> looked = new HashSet<>();
        SealedSecretStore racing = new SealedSecretStore() {
            @Override
            public Optional<SealedSecret> find(String name) {
                return looked.add(name) ? Optional.empty() : store.find(name);
            }

            @Override
            public boolean addIfAbsent(String name, SealedSecret secret) {
                return store.addIfAbsent(name, secret);
            }
        };
        NatsIdentities loser = NatsIdentities.loadOrCreate(racing, sealer);
        assertThat(loser.operatorPublicKey()).isEqualTo(winner.operatorPublicKey());
        assertThat(loser.accountPublicKey()).isEqualTo(winner.accountPublicKey());
        assertThat(loser.systemAccountPublicKey()).isEqualTo(winner.systemAccountPublicKey());
    }

    @Test
    void refusesAStoredKeyOfTheWrongType() {
        NatsIdentities.loadOrCreate(store, sealer);
        InMemorySealedSecretStore swapped = new InMemorySealedSecretStore();
        byte[] accountSeed = sealer.unseal(store.all().get("nats/account"), "nats/account");
        swapped.addIfAbsent("nats/operator", sealer.seal(accountSeed, "nats/operator"));
        assertThatThrownBy(() -> NatsIdentities.loadOrCreate(swapped, sealer)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringShowsPublicKeysOnly() {
        NatsIdentities ids = NatsIdentities.loadOrCreate(store, sealer);
        String seed = new String(sealer.unseal(store.all().get("nats/account"), "nats/account"), StandardCharsets.US_ASCII);
        assertThat(ids.toString()).contains(ids.accountPublicKey()).doesNotContain(seed);
    }

    @Test
    void operatorJwtIsSelfSignedAndNamesTheSystemAccount() throws Exception {
        NatsIdentities ids = NatsIdentities.loadOrCreate(store, sealer);
        JsonNode c = claims(ids.operatorJwt());
        assertThat(c.get("iss").asText()).isEqualTo(ids.operatorPublicKey());
        assertThat(c.get("sub").asText()).isEqualTo(ids.operatorPublicKey());
        assertThat(c.get("nats").get("type").asText()).isEqualTo("operator");
        assertThat(c.get("nats").get("system_account").asText()).isEqualTo(ids.systemAccountPublicKey());
    }

    @Test
    void accountJwtHasUnlimitedJetStreamAndCarriesRevocations() throws Exception {
        NatsIdentities ids = NatsIdentities.loadOrCreate(store, sealer);
        JsonNode c = claims(ids.accountJwt(Map.of("UABC", 1700000000L), 1700000005L));
        assertThat(c.get("iss").asText()).isEqualTo(ids.operatorPublicKey());
        assertThat(c.get("sub").asText()).isEqualTo(ids.accountPublicKey());
        assertThat(c.get("iat").asLong()).isEqualTo(1700000005L);
        JsonNode limits = c.get("nats").get("limits");
        for (String k : List.of("mem_storage", "disk_storage", "streams", "consumer")) {
            assertThat(limits.get(k).asLong()).as(k).isEqualTo(-1);
        }
        assertThat(c.get("nats").get("revocations").get("UABC").asLong()).isEqualTo(1700000000L);
        JsonNode sys = claims(ids.systemAccountJwt()).get("nats").get("limits");
        assertThat(sys.has("mem_storage")).as("a system account may not have JetStream").isFalse();
    }

    @Test
    void anEmptyAllowListDeniesEverythingInsteadOfAllowingAll() throws Exception {
        NatsIdentities ids = NatsIdentities.loadOrCreate(store, sealer);
        String user = NatsIdentities.publicKey(NatsIdentities.newUserKey());
        JsonNode nats = claims(ids.userJwt(user, "PA_x", 100, 200L, List.of(), List.of(), false)).get("nats");
        assertThat(nats.get("pub").get("deny").get(0).asText()).isEqualTo(">");
        assertThat(nats.get("pub").has("allow")).isFalse();
        assertThat(nats.get("sub").get("deny").get(0).asText()).isEqualTo(">");
        JsonNode some = claims(ids.userJwt(user, "PA_x", 100, 200L, List.of("a.b"), List.of("c.*"), false)).get("nats");
        assertThat(some.get("pub").get("allow").get(0).asText()).isEqualTo("a.b");
        assertThat(some.get("sub").get("allow").get(0).asText()).isEqualTo("c.*");
    }
}
