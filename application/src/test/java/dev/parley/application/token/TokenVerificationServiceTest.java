package dev.parley.application.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.fake.TestClaims;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.key.TokenKey;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.model.TokenClaims;

/** The verification rules of RFC 7519 / RFC 8725 as {@link TokenVerificationService} applies them. */
class TokenVerificationServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String SECRET = "0123456789abcdef0123456789abcdef-secret";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final KeyRingService keys = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(1), clock,
            TokenPolicy.defaults().withDevelopmentMode(true));
    private final KeyRing keyRing = new KeyRing(store, sealer);
    private final FakeJwtCodec codec = new FakeJwtCodec();
    private final InMemoryRevocationList revocations = new InMemoryRevocationList();
    private final TokenVerificationService verifier = new TokenVerificationService(codec, keyRing, revocations, clock, TokenPolicy.defaults());

    private TokenKey hmacKey() {
        keys.importSecret("APIkey", SECRET);
        return keyRing.find("APIkey").orElseThrow();
    }

    private String signed(TestClaims claims) {
        TokenKey key = keyRing.find("APIkey").orElseGet(this::hmacKey);
        return codec.encode(claims.build(), key);
    }

    private void assertRefused(String token, TokenPurpose purpose, TokenRefusal expected) {
        assertThatThrownBy(() -> verifier.verify(token, purpose))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(expected));
    }

    private void assertRefused(String token, TokenRefusal expected) {
        assertRefused(token, TokenPurpose.ACCESS, expected);
    }

    @Test
    void aTokenSignedByAnActiveKeyIsAcceptedWithItsClaims() {
        String token = signed(TestClaims.at(NOW).name("Alice"));
        TokenClaims claims = verifier.verify(token, TokenPurpose.ACCESS);
        assertThat(claims.subject()).contains(Identity.of("alice"));
        assertThat(claims.name()).isEqualTo("Alice");
        assertThat(claims.room()).isEqualTo("room-a");
    }

    @Test
    void aVerifyOnlyKeyStillVerifies_rotationWithoutDowntime() {
        String token = signed(TestClaims.at(NOW));
        keys.changeState("APIkey", KeyState.VERIFY_ONLY);
        assertThat(verifier.verify(token, TokenPurpose.ACCESS).issuer()).isEqualTo("APIkey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE", "HS384", "HS512", "RS256", "ES256", "PS256", "hs256", "eddsa", "Ed25519", ""})
    void algorithmsOutsideTheAllowListAreRefused_rfc8725_3_1(String alg) {
        TokenKey key = hmacKey();
        assertRefused(codec.forge(alg, TestClaims.at(NOW).build(), key), TokenRefusal.ALGORITHM_REFUSED);
    }

    @Test
    void anAlgorithmTheKeyDoesNotCarryIsRefused_headerNeverChoosesTheKeyType() {
        hmacKey();
        TokenKey edKey = keyRing.find(keys.create(TokenAlgorithm.EDDSA).key().id()).orElseThrow();
        String token = codec.forge("HS256", TestClaims.at(NOW).issuer(edKey.id()).build(), edKey);
        assertRefused(token, TokenRefusal.ALGORITHM_REFUSED);
    }

    @Test
    void anUnknownIssuerIsRefused() {
        hmacKey();
        assertRefused(signed(TestClaims.at(NOW).issuer("APIother")), TokenRefusal.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../APIkey", "APIkey' OR '1'='1", "APIkey\u0000", "APIk\u0435y", "APIkey/../../etc", " APIkey"})
    void anIssuerThatIsNotAKeyIdIsRefusedBeforeAnyLookup(String issuer) {
        hmacKey();
        assertRefused(signed(TestClaims.at(NOW).issuer(issuer)), TokenRefusal.UNKNOWN_KEY);
    }

    @Test
    void aRevokedKeyIsRefused() {
        String token = signed(TestClaims.at(NOW));
        keys.changeState("APIkey", KeyState.REVOKED);
        assertRefused(token, TokenRefusal.KEY_REVOKED);
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        hmacKey();
        keys.importSecret("APIother", SECRET + "-other");
        TokenKey other = keyRing.find("APIother").orElseThrow();
        assertRefused(codec.forge("HS256", TestClaims.at(NOW).build(), other), TokenRefusal.SIGNATURE_INVALID);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        hmacKey();
        assertRefused(codec.forge("HS256", TestClaims.at(NOW).build(), null), TokenRefusal.SIGNATURE_INVALID);
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheLeewayHasPassed_rfc7519_4_1_4() {
        String token = signed(TestClaims.at(NOW));
        clock.set(NOW.plus(Duration.ofMinutes(10)).plusSeconds(59));
        assertThat(verifier.verify(token, TokenPurpose.ACCESS)).isNotNull();
        clock.set(NOW.plus(Duration.ofMinutes(10)).plusSeconds(60));
        assertRefused(token, TokenRefusal.EXPIRED);
    }

    @Test
    void aTokenBeforeItsNbfIsRefusedBeyondTheLeeway_rfc7519_4_1_5() {
        String early = signed(TestClaims.at(NOW.plusSeconds(61)));
        String withinLeeway = signed(TestClaims.at(NOW.plusSeconds(60)));
        assertRefused(early, TokenRefusal.NOT_YET_VALID);
        assertThat(verifier.verify(withinLeeway, TokenPurpose.ACCESS)).isNotNull();
    }

    @Test
    void aLifetimeLongerThanTheMaximumIsRefused() {
        String token = signed(TestClaims.at(NOW).expiresAt(NOW.plus(Duration.ofHours(24)).plusSeconds(1)));
        assertRefused(token, TokenRefusal.LIFETIME_EXCEEDED);
        assertThat(verifier.verify(signed(TestClaims.at(NOW).expiresAt(NOW.plus(Duration.ofHours(24)))), TokenPurpose.ACCESS)).isNotNull();
    }

    @Test
    void aLifetimeIsMeasuredFromIatWhenThereIsNoNbf() {
        String token = signed(TestClaims.at(NOW).notBefore(null).issuedAt(NOW.minus(Duration.ofHours(1)))
                .expiresAt(NOW.plus(Duration.ofHours(23)).plusSeconds(1)));
        assertRefused(token, TokenRefusal.LIFETIME_EXCEEDED);
    }

    @Test
    void aTokenWithoutNbfOrIatMayNotStayValidLongerThanTheMaximumFromNow() {
        String token = signed(TestClaims.at(NOW).notBefore(null).issuedAt(null).expiresAt(NOW.plus(Duration.ofDays(30))));
        assertRefused(token, TokenRefusal.LIFETIME_EXCEEDED);
        String sixHours = signed(TestClaims.at(NOW).notBefore(null).issuedAt(null).expiresAt(NOW.plus(Duration.ofHours(6))));
        assertThat(verifier.verify(sixHours, TokenPurpose.ACCESS)).isNotNull();
    }

    @Test
    void aFutureIatCannotStretchTheLifetime() {
        Instant later = NOW.plus(Duration.ofDays(365));
        String token = signed(TestClaims.at(NOW).notBefore(null).issuedAt(later).expiresAt(later.plus(Duration.ofHours(1))));
        assertRefused(token, TokenRefusal.LIFETIME_EXCEEDED);
    }

    @Test
    void anExpNotAfterNbfIsRefused() {
        String token = signed(TestClaims.at(NOW).notBefore(NOW.plusSeconds(30)).expiresAt(NOW.plusSeconds(20)));
        assertRefused(token, TokenRefusal.CLAIM_INVALID);
    }

    @Test
    void aTokenLargerThanTheLimitIsRefusedBeforeDecoding() {
        hmacKey();
        assertRefused("a".repeat(8 * 1024 + 1), TokenRefusal.TOO_LARGE);
    }

    @Test
    void anEmptyOrNullTokenIsMalformed() {
        assertRefused("", TokenRefusal.MALFORMED);
        assertRefused(null, TokenRefusal.MALFORMED);
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedOutsideDevelopmentMode() {
        keys.importSecret("APIkey", "secret");
        String token = codec.encode(TestClaims.at(NOW).build(), keyRing.find("APIkey").orElseThrow());
        assertRefused(token, TokenRefusal.KEY_TOO_WEAK);

        TokenVerificationService dev = new TokenVerificationService(codec, keyRing, revocations, clock,
                TokenPolicy.defaults().withDevelopmentMode(true));
        assertThat(dev.verify(token, TokenPurpose.ACCESS)).isNotNull();
    }

    @Test
    void aTokenForAnotherPurposeIsRefused_rfc8725_3_12() {
        String renewal = signed(TestClaims.at(NOW).purpose(TokenPurpose.RENEWAL));
        assertRefused(renewal, TokenPurpose.ACCESS, TokenRefusal.WRONG_PURPOSE);
        assertThat(verifier.verify(renewal, TokenPurpose.RENEWAL).purpose()).isEqualTo(TokenPurpose.RENEWAL);
        String access = signed(TestClaims.at(NOW));
        assertRefused(access, TokenPurpose.WEBHOOK, TokenRefusal.WRONG_PURPOSE);
        assertRefused(access, TokenPurpose.DOWNLOAD, TokenRefusal.WRONG_PURPOSE);
    }

    @Test
    void aRoomJoinWithoutIdentityIsRefused() {
        assertRefused(signed(TestClaims.at(NOW).subject(null)), TokenRefusal.IDENTITY_INVALID);
        String serverToken = signed(TestClaims.at(NOW).subject(null).video(VideoGrant.builder().roomList(true).build()));
        assertThat(verifier.verify(serverToken, TokenPurpose.ACCESS).subject()).isEmpty();
    }

    @Test
    void aRevokedJtiIsRefusedUntilTheEntryEnds() {
        String token = signed(TestClaims.at(NOW).tokenId("jti-1"));
        revocations.revokeTokenId("jti-1", NOW.plusSeconds(120));
        assertRefused(token, TokenRefusal.REVOKED);
        assertThat(verifier.verify(signed(TestClaims.at(NOW).tokenId("jti-2")), TokenPurpose.ACCESS)).isNotNull();
    }

    @Test
    void anIdentityRevokedInARoomRefusesOlderTokensButNotNewerOnes() {
        String old = signed(TestClaims.at(NOW.minusSeconds(30)));
        revocations.revokeSubject(Identity.of("alice"), "room-a", NOW, NOW.plus(Duration.ofDays(1)));
        assertRefused(old, TokenRefusal.REVOKED);
        assertRefused(signed(TestClaims.at(NOW).notBefore(null).issuedAt(null).expiresAt(NOW.plusSeconds(60))), TokenRefusal.REVOKED);

        clock.advance(Duration.ofSeconds(5));
        String fresh = signed(TestClaims.at(clock.instant()));
        assertThat(verifier.verify(fresh, TokenPurpose.ACCESS)).isNotNull();
        String otherRoom = signed(TestClaims.at(NOW.minusSeconds(30)).video(VideoGrant.join("room-b")));
        assertThat(verifier.verify(otherRoom, TokenPurpose.ACCESS)).isNotNull();
    }

    @Test
    void unsealingHappensOncePerKeyNotOncePerToken() {
        String token = signed(TestClaims.at(NOW));
        long before = sealer.unsealCount();
        for (int i = 0; i < 10; i++) {
            verifier.verify(token, TokenPurpose.ACCESS);
        }
        assertThat(sealer.unsealCount() - before).isZero();
    }
}
