package dev.parley.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.token.fake.TestClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.trust.TrustLevel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bearer authentication (RFC 6750 §2.1) over the real token verifier and the token fakes. */
class BearerAuthenticationServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final KeyRing keyRing = new KeyRing(store, sealer);
    private final FakeJwtCodec codec = new FakeJwtCodec();
    private final InMemoryRevocationList revocations = new InMemoryRevocationList();
    private final BearerAuthenticationService service = new BearerAuthenticationService(
            new TokenVerificationService(codec, keyRing, revocations, clock, TokenPolicy.defaults()));

    BearerAuthenticationServiceTest() {
        new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(7), clock, TokenPolicy.defaults())
                .importSecret("APIkey", "0123456789abcdef0123456789abcdef-secret");
    }

    private String token(TestClaims claims) {
        return codec.encode(claims.build(), keyRing.find("APIkey").orElseThrow());
    }

    private static void assertRefused(Runnable call, TokenRefusal refusal) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(TokenRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void aValidAccessTokenIsAServerCallerWithTheTokensGrant() {
        VideoGrant grant = VideoGrant.builder().roomCreate(true).roomList(true).build();
        Caller caller = service.authenticate(token(TestClaims.at(NOW).video(grant)));

        assertThat(caller.trust()).isEqualTo(TrustLevel.SERVER);
        assertThat(caller.grant()).contains(grant);
        assertThat(caller.actor()).isEqualTo("key:APIkey/alice");
    }

    @Test
    void aTokenWithoutIdentityIsActedByItsKeyAlone() {
        VideoGrant grant = VideoGrant.builder().roomList(true).build();
        Caller caller = service.authenticate(token(TestClaims.at(NOW).subject(null).video(grant)));
        assertThat(caller.actor()).isEqualTo("key:APIkey");
    }

    @Test
    void theCallerNeverGetsMoreThanTheGrant_noGrantIsNotAllPowerful() {
        Caller caller = service.authenticate(token(TestClaims.at(NOW).subject(null).video(VideoGrant.none())));
        assertThat(caller.grant()).contains(VideoGrant.none());
    }

    @Test
    void anExpiredTokenIsRefusedWithTheTokensCode_rfc7519_4_1_4() {
        String expired = token(TestClaims.at(NOW.minus(Duration.ofHours(1))));
        assertRefused(() -> service.authenticate(expired), TokenRefusal.EXPIRED);
    }

    @Test
    void aTokenMintedForAnotherPurposeIsRefused_rfc8725_3_12() {
        String renewal = token(TestClaims.at(NOW).purpose(TokenPurpose.RENEWAL));
        assertRefused(() -> service.authenticate(renewal), TokenRefusal.WRONG_PURPOSE);
    }

    @Test
    void aMissingTokenIsMalformed() {
        assertRefused(() -> service.authenticate(null), TokenRefusal.MALFORMED);
        assertRefused(() -> service.authenticate(""), TokenRefusal.MALFORMED);
    }

    @Test
    void aRevokedTokenIsRefused() {
        String t = token(TestClaims.at(NOW).tokenId("jti-1"));
        revocations.revokeTokenId("jti-1", NOW.plusSeconds(600));
        assertRefused(() -> service.authenticate(t), TokenRefusal.REVOKED);
    }
}
