package dev.parley.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.auth.fake.InMemoryNonceRegistry;
import dev.parley.application.auth.fake.TestSigner;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.domain.trust.TrustLevel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of signed requests: RFC 2104 HMAC-SHA256 over the documented string-to-sign,
 * compared in constant time, with Parley's replay protection (timestamp window, single-use
 * nonce) on by default and Plug-N-Meet's plain signature only for keys that opt in.
 */
class SignedRequestAuthenticationServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String SECRET = "0123456789abcdef0123456789abcdef-secret";
    private static final byte[] BODY = "{\"room_id\":\"room-a\"}".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> lookedUp = new ArrayList<>();
    private final Map<String, HmacSecret> keys = Map.of(
            "APIkey", new HmacSecret(SECRET.getBytes(StandardCharsets.UTF_8)),
            "APIcompat", new HmacSecret("compat-secret-0123456789abcdef-0123".getBytes(StandardCharsets.UTF_8)));
    private final ApiSecretLookup secrets = keyId -> {
        lookedUp.add(keyId);
        return Optional.ofNullable(keys.get(keyId));
    };
    private InMemoryNonceRegistry nonces = new InMemoryNonceRegistry();
    private final SignedRequestSettings settings = SignedRequestSettings.defaults().withPlainSignatureKeys(Set.of("APIcompat"));
    private SignedRequestAuthenticationService service = new SignedRequestAuthenticationService(secrets, nonces, clock, settings);

    private final TestSigner signer = new TestSigner("APIkey", SECRET);
    private final TestSigner compat = new TestSigner("APIcompat", "compat-secret-0123456789abcdef-0123");

    private void assertRefused(SignedRequest request, String code) {
        assertThatThrownBy(() -> service.authenticate(request))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.UNAUTHENTICATED);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(request.signature() == null ? SECRET : request.signature());
                });
    }

    private static SignedRequest with(SignedRequest r, String apiKey, String signature, String timestamp, String nonce) {
        return new SignedRequest(apiKey, signature, timestamp, nonce, r.body());
    }

    @Test
    void aRequestSignedOverTimestampNonceAndBodyIsTheServerCallerOfItsKey() {
        Caller caller = service.authenticate(signer.sign(BODY, NOW));
        assertThat(caller).isEqualTo(Caller.server("APIkey"));
        assertThat(caller.trust()).isEqualTo(TrustLevel.SERVER);
    }

    @Test
    void theDocumentedStringToSignIsAccepted_referenceValueFromOpenssl() {
        SignedRequest request = new SignedRequest("APIkey",
                "dba9e06e028623f64cfb37d22be55132a3b7f37ca0b14491fece8964c2292780",
                "1772366400", "nonce-0123456789abcdef", BODY);
        assertThat(service.authenticate(request)).isEqualTo(Caller.server("APIkey"));
    }

    // --- missing headers -------------------------------------------------------------------

    @Test
    void aMissingApiKeyIsSignatureMissing() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, null, r.signature(), r.timestamp(), r.nonce()), "signature_missing");
        assertRefused(with(r, "", r.signature(), r.timestamp(), r.nonce()), "signature_missing");
    }

    @Test
    void aMissingHashSignatureIsSignatureMissing() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), null, r.timestamp(), r.nonce()), "signature_missing");
    }

    @Test
    void aMissingTimestampIsSignatureMissing() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), r.signature(), null, r.nonce()), "signature_missing");
    }

    @Test
    void aMissingNonceIsSignatureMissing() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), r.signature(), r.timestamp(), null), "signature_missing");
    }

    // --- the plain Plug-N-Meet scheme ------------------------------------------------------

    @Test
    void aPlainPlugNmeetSignatureIsRefusedByDefault_replayProtectionIsOn() {
        assertRefused(signer.signPlain(BODY), "signature_missing");
    }

    @Test
    void aPlainPlugNmeetSignatureIsAcceptedForAKeyWithTheCompatibilityFlag() {
        assertThat(service.authenticate(compat.signPlain(BODY))).isEqualTo(Caller.server("APIcompat"));
    }

    @Test
    void aPlainSignatureIsStillAnHmacOfTheBody_rfc2104() {
        SignedRequest r = compat.signPlain(BODY);
        assertRefused(new SignedRequest(r.apiKey(), r.signature(), null, null, "{\"room_id\":\"room-b\"}".getBytes(StandardCharsets.UTF_8)),
                "signature_invalid");
    }

    @Test
    void aCompatibilityKeyThatSendsTimestampAndNonceGetsReplayProtection() {
        SignedRequest r = compat.sign(BODY, NOW);
        service.authenticate(r);
        assertRefused(r, "nonce_reused");
    }

    @Test
    void aCompatibilityKeyWithOnlyOneOfTimestampAndNonceIsSignatureMissing() {
        SignedRequest r = compat.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), r.signature(), r.timestamp(), null), "signature_missing");
    }

    @Test
    void theCompatibilityFlagIsOffUnlessSet() {
        assertThat(SignedRequestSettings.defaults().plainSignatureKeys()).isEmpty();
        service = new SignedRequestAuthenticationService(secrets, nonces, clock, SignedRequestSettings.defaults());
        assertRefused(compat.signPlain(BODY), "signature_missing");
    }

    // --- the key ---------------------------------------------------------------------------

    @Test
    void anUnknownApiKeyIsApiKeyUnknown() {
        assertRefused(new TestSigner("APInobody", SECRET).sign(BODY, NOW), "api_key_unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../APIkey", "APIkey' OR '1'='1", "APIk\u0435y", "API key", "APIkey\n"})
    void aMalformedApiKeyIsUnknownAndNeverLookedUp(String keyId) {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, keyId, r.signature(), r.timestamp(), r.nonce()), "api_key_unknown");
        assertThat(lookedUp).isEmpty();
    }

    // --- the signature (RFC 2104) ----------------------------------------------------------

    @Test
    void aSignatureOverAnotherBodyIsInvalid() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(new SignedRequest(r.apiKey(), r.signature(), r.timestamp(), r.nonce(),
                "{\"room_id\":\"room-b\"}".getBytes(StandardCharsets.UTF_8)), "signature_invalid");
    }

    @Test
    void theSignatureCoversTheTimestamp() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), r.signature(), Long.toString(NOW.getEpochSecond() + 1), r.nonce()), "signature_invalid");
    }

    @Test
    void theSignatureCoversTheNonce() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), r.signature(), r.timestamp(), signer.freshNonce()), "signature_invalid");
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsInvalid() {
        assertRefused(new TestSigner("APIkey", "another-secret-0123456789abcdef-01").sign(BODY, NOW), "signature_invalid");
    }

    @Test
    void theReplayProtectedSignatureIsNotThePlainOne_noDowngrade() {
        SignedRequest plain = signer.signPlain(BODY);
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), plain.signature(), r.timestamp(), r.nonce()), "signature_invalid");
    }

    @Test
    void anUppercaseOrTruncatedSignatureIsInvalid() {
        SignedRequest r = signer.sign(BODY, NOW);
        assertRefused(with(r, r.apiKey(), r.signature().toUpperCase(java.util.Locale.ROOT), r.timestamp(), r.nonce()), "signature_invalid");
        assertRefused(with(r, r.apiKey(), r.signature().substring(2), r.timestamp(), r.nonce()), "signature_invalid");
    }

    @Test
    void aSignatureDifferingInOneBitIsInvalid() {
        SignedRequest r = signer.sign(BODY, NOW);
        char last = r.signature().charAt(63);
        String flipped = r.signature().substring(0, 63) + (last == '0' ? '1' : '0');
        assertRefused(with(r, r.apiKey(), flipped, r.timestamp(), r.nonce()), "signature_invalid");
    }

    // --- freshness -------------------------------------------------------------------------

    @Test
    void aTimestampAtTheEdgesOfTheWindowIsAccepted() {
        assertThat(service.authenticate(signer.sign(BODY, NOW.minusSeconds(300)))).isEqualTo(Caller.server("APIkey"));
        assertThat(service.authenticate(signer.sign(BODY, NOW.plusSeconds(300)))).isEqualTo(Caller.server("APIkey"));
    }

    @Test
    void aTimestampMoreThan300SecondsOldIsRequestExpired() {
        assertRefused(signer.sign(BODY, NOW.minusSeconds(301)), "request_expired");
    }

    @Test
    void aTimestampMoreThan300SecondsAheadIsRequestExpired() {
        assertRefused(signer.sign(BODY, NOW.plusSeconds(301)), "request_expired");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1772366400", "1772366400.0", "1.7e9", "0x69a42a40", "1772366400 ", "2026-03-01T12:00:00Z", "1234567890123"})
    void aTimestampThatIsNotUnixSecondsIsInvalid(String timestamp) {
        assertRefused(signer.sign(BODY, timestamp, signer.freshNonce()), "signature_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short-nonce-15c", "n0nce+with/chars", "nonce with spaces!", "n\u00f6nce-0123456789ab",
        "0123456789012345678901234567890123456789012345678901234567890123X"})
    void aNonceOutsideTheGrammarIsInvalid(String nonce) {
        assertRefused(signer.sign(BODY, Long.toString(NOW.getEpochSecond()), nonce), "signature_invalid");
    }

    @Test
    void nonceLengthsOf16And64AreAccepted() {
        String ts = Long.toString(NOW.getEpochSecond());
        service.authenticate(signer.sign(BODY, ts, "0123456789abcdef"));
        service.authenticate(signer.sign(BODY, ts, "A".repeat(32) + "_".repeat(16) + "-".repeat(16)));
    }

    // --- replay ----------------------------------------------------------------------------

    @Test
    void aReplayedRequestIsNonceReused() {
        SignedRequest r = signer.sign(BODY, NOW);
        service.authenticate(r);
        clock.advance(Duration.ofSeconds(299));
        assertRefused(r, "nonce_reused");
    }

    @Test
    void aReplayAfterTheWindowIsRequestExpired_theNonceWasOnlyNeededThatLong() {
        SignedRequest r = signer.sign(BODY, NOW);
        service.authenticate(r);
        clock.advance(Duration.ofSeconds(301));
        assertRefused(r, "request_expired");
    }

    @Test
    void theNonceIsRememberedAsLongAsAFutureTimestampStaysInTheWindow() {
        SignedRequest ahead = signer.sign(BODY, NOW.plusSeconds(300));
        service.authenticate(ahead);
        clock.advance(Duration.ofSeconds(600));
        assertRefused(ahead, "nonce_reused");
    }

    @Test
    void aRequestWithABadSignatureDoesNotUseUpItsNonce() {
        SignedRequest good = signer.sign(BODY, NOW);
        assertRefused(with(good, good.apiKey(), "0".repeat(64), good.timestamp(), good.nonce()), "signature_invalid");
        assertThat(service.authenticate(good)).isEqualTo(Caller.server("APIkey"));
    }

    @Test
    void anExpiredRequestDoesNotUseUpItsNonce() {
        SignedRequest old = signer.sign(BODY, Long.toString(NOW.minusSeconds(400).getEpochSecond()), "nonce-reusable-000001");
        assertRefused(old, "request_expired");
        assertThat(nonces.size()).isZero();
    }

    @Test
    void theSameNonceUnderAnotherKeyIsNoReplay() {
        String ts = Long.toString(NOW.getEpochSecond());
        service.authenticate(signer.sign(BODY, ts, "shared-nonce-0000001"));
        assertThat(service.authenticate(compat.sign(BODY, ts, "shared-nonce-0000001"))).isEqualTo(Caller.server("APIcompat"));
    }

    @Test
    void aFullNonceRegistryRefusesAsUnavailableRatherThanForget() {
        nonces = new InMemoryNonceRegistry(1);
        service = new SignedRequestAuthenticationService(secrets, nonces, clock, settings);
        service.authenticate(signer.sign(BODY, NOW));
        assertThatThrownBy(() -> service.authenticate(signer.sign(BODY, NOW)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.UNAVAILABLE);
                    assertThat(e.code()).isEqualTo("replay_cache_full");
                });
    }

    @Test
    void theWindowIsConfigurable() {
        service = new SignedRequestAuthenticationService(secrets, nonces, clock,
                new SignedRequestSettings(Duration.ofSeconds(30), Set.of()));
        assertRefused(signer.sign(BODY, NOW.minusSeconds(31)), "request_expired");
        assertThat(service.authenticate(signer.sign(BODY, NOW.minusSeconds(30)))).isEqualTo(Caller.server("APIkey"));
    }
}
