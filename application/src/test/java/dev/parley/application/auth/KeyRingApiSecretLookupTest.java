package dev.parley.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which keys of the key ring may authenticate signed requests: the token rules, applied to HMAC. */
class KeyRingApiSecretLookupTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-secret";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final KeyRingService keys = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(3), clock,
            TokenPolicy.defaults().withDevelopmentMode(true));
    private final KeyRingApiSecretLookup lookup = new KeyRingApiSecretLookup(new KeyRing(store, sealer), TokenPolicy.defaults());

    @Test
    void anActiveHs256KeyGivesItsSecret() {
        keys.importSecret("APIkey", SECRET);
        assertThat(lookup.secretOf("APIkey")).contains(new HmacSecret(SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aVerifyOnlyKeyStillAuthenticates_rotationWithoutDowntime() {
        keys.importSecret("APIkey", SECRET);
        keys.changeState("APIkey", KeyState.VERIFY_ONLY);
        assertThat(lookup.secretOf("APIkey")).isPresent();
    }

    @Test
    void aRevokedKeyIsGone() {
        keys.importSecret("APIkey", SECRET);
        keys.changeState("APIkey", KeyState.REVOKED);
        assertThat(lookup.secretOf("APIkey")).isEmpty();
    }

    @Test
    void anUnknownKeyIsEmpty() {
        assertThat(lookup.secretOf("APInobody")).isEmpty();
    }

    @Test
    void anEd25519KeyHasNoSharedSecret() {
        String id = keys.create(TokenAlgorithm.EDDSA).key().id();
        assertThat(lookup.secretOf(id)).isEmpty();
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedOutsideDevelopmentMode_rfc2104_3() {
        keys.importSecret("APIweak", "short-secret");
        assertThat(lookup.secretOf("APIweak")).isEmpty();
        KeyRingApiSecretLookup devLookup = new KeyRingApiSecretLookup(new KeyRing(store, sealer),
                TokenPolicy.defaults().withDevelopmentMode(true));
        assertThat(devLookup.secretOf("APIweak")).isPresent();
    }
}
