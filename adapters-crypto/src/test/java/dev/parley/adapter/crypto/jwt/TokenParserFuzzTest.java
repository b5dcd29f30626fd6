package dev.parley.adapter.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Fuzzes the token parser and verifier: whatever the input, the outcome is verified claims or a
 * {@link TokenRefusedException}; any other exception, a hang or an out-of-memory is a finding.
 * Three shapes of input: a raw string; a header and claims of the fuzzer's choosing, correctly
 * signed (so that the claims parser and the checks behind the signature are explored too); and
 * raw bytes as the claims segment after a known header.
 *
 * <p>Under {@code mvn verify} this runs in Jazzer's regression mode: once per seed input in
 * {@code src/test/resources/dev/parley/adapter/crypto/jwt/TokenParserFuzzTestInputs/parseNeverThrowsAnythingButARefusal/}
 * (and any crash reproducer saved there). A real fuzzing run, which also grows that directory:
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl adapters-crypto test -Dtest=TokenParserFuzzTest -Djazzer.max_duration=10m
 * </pre>
 * (about 100k executions/s and a few GB of RSS on the CI machine; needs the application module installed).
 */
class TokenParserFuzzTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_772_366_400L);
    private static final String SECRET = "fuzz-secret-0123456789-abcdefghijklmnopq";
    private static final TokenTestBed BED = bed();

    private static TokenTestBed bed() {
        TokenTestBed bed = new TokenTestBed(NOW, TokenPolicy.defaults());
        bed.keys.importSecret("APIfuzz", SECRET);
        return bed;
    }

    @FuzzTest(maxDuration = "30s")
    void parseNeverThrowsAnythingButARefusal(FuzzedDataProvider data) {
        String token;
        switch (data.consumeInt(0, 2)) {
            case 0 -> token = data.consumeRemainingAsString();
            case 1 -> {
                String header = data.consumeBoolean() ? "{\"alg\":\"HS256\",\"typ\":\"JWT\"}" : data.consumeString(64);
                token = Jws.hs256(header, data.consumeRemainingAsString(), SECRET.getBytes(StandardCharsets.UTF_8));
            }
            default -> token = Jws.b64("{\"alg\":\"HS256\"}") + "." + Jws.b64(data.consumeRemainingAsBytes()) + ".";
        }
        TokenPurpose purpose = TokenPurpose.values()[Math.floorMod(token.length(), TokenPurpose.values().length)];
        try {
            TokenClaims claims = BED.verifier.verify(token, purpose);
            assertThat(claims.issuer()).isEqualTo("APIfuzz");
        } catch (TokenRefusedException refused) {
            assertThat(refused.getMessage()).startsWith(refused.code());
        }
    }
}
