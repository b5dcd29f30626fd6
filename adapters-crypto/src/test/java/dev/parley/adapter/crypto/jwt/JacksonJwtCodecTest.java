package dev.parley.adapter.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codec's wire format and round trips, through the real services. */
class JacksonJwtCodecTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final TokenTestBed bed = new TokenTestBed(NOW, TokenPolicy.defaults());

    private static String payloadJson(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void hs256TokensUseLiveKitsHeaderAndClaimNames() {
        bed.keys.importSecret("APIkey", "x".repeat(40));
        MintedToken t = bed.minter.mint(MintTokenCommand.builder().identity(Identity.of("alice")).room("room-a")
                .grants(VideoGrant.builder().roomJoin(true).canPublish(false).canPublishSources(Set.of(TrackSource.SCREEN_SHARE, TrackSource.CAMERA)).build())
                .name("Alice").metadata("m").attributes(Map.of("b", "2", "a", "1")).kind(ParticipantKind.AGENT).keyId("APIkey").build());

        assertThat(new String(Base64.getUrlDecoder().decode(t.token().split("\\.")[0]), StandardCharsets.US_ASCII))
                .isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        assertThat(payloadJson(t.token())).isEqualTo("{\"iss\":\"APIkey\",\"sub\":\"alice\",\"nbf\":1772366400,\"iat\":1772366400,"
                + "\"exp\":1772367000,\"jti\":\"" + t.claims().tokenId().orElseThrow() + "\",\"name\":\"Alice\",\"metadata\":\"m\","
                + "\"attributes\":{\"a\":\"1\",\"b\":\"2\"},\"kind\":\"agent\",\"video\":{\"roomJoin\":true,\"room\":\"room-a\","
                + "\"canPublish\":false,\"canPublishSources\":[\"camera\",\"screen_share\"]},\"purpose\":\"access\"}");
    }

    @Test
    void everyClaimSurvivesARoundTrip() {
        bed.keys.importSecret("APIkey", "x".repeat(40));
        VideoGrant grant = new VideoGrant(true, true, true, true, true, "room-a", true, false, true,
                Set.of(TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE_AUDIO), true, true, true, true, true, "room-b");
        MintedToken t = bed.minter.mint(MintTokenCommand.builder().identity(Identity.of("Zoë \uD83D\uDE00")).grants(grant)
                .name("Zoë").metadata("{\"k\":\"v\\n\"}").attributes(Map.of("k", "v")).kind(ParticipantKind.SIP)
                .sha256("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=").purpose(TokenPurpose.WEBHOOK).ttl(Duration.ofMinutes(5)).build());

        TokenClaims decoded = bed.codec.decode(t.token()).claims();
        assertThat(decoded).isEqualTo(t.claims());
        assertThat(bed.verifier.verify(t.token(), TokenPurpose.WEBHOOK)).isEqualTo(t.claims());
    }

    @Test
    void eddsaTokensVerifyWithThePublicKeyAlone() {
        NewKey k = bed.keys.create(TokenAlgorithm.EDDSA);
        MintedToken t = bed.minter.mint(MintTokenCommand.builder().identity(Identity.of("bob")).room("room-a")
                .grants(VideoGrant.builder().roomJoin(true).build()).keyId(k.key().id()).build());
        assertThat(new String(Base64.getUrlDecoder().decode(t.token().split("\\.")[0]), StandardCharsets.US_ASCII))
                .isEqualTo("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}");
        assertThat(Base64.getUrlDecoder().decode(t.token().split("\\.")[2])).hasSize(64);

        TokenTestBed verifierOnly = new TokenTestBed(NOW, TokenPolicy.defaults());
        verifierOnly.keys.importPublicKey(k.key().id(), Base64.getUrlDecoder().decode(k.key().publicKey()));
        assertThat(verifierOnly.verifier.verify(t.token(), TokenPurpose.ACCESS).subject()).contains(Identity.of("bob"));
    }

    @Test
    void aTokenSignedByAnotherLibraryWithFractionalTimesAndUnknownClaimsIsRead() {
        bed.keys.importSecret("APIkey", "y".repeat(40));
        String token = Jws.hs256("{\"alg\":\"HS256\"}", "{\"iss\":\"APIkey\",\"sub\":\"carol\",\"nbf\":1772366400.9,\"exp\":1772366700.5,"
                + "\"sip\":{\"admin\":true},\"roomConfig\":{\"agents\":[{\"agentName\":\"a\",\"metadata\":\"m\"}]},\"roomPreset\":\"p\","
                + "\"video\":{\"roomJoin\":true,\"room\":\"room-a\",\"canSubscribeMetrics\":true,\"future\":{\"x\":[1,2,{\"y\":null}]}}}",
                "y".repeat(40).getBytes(StandardCharsets.UTF_8));
        TokenClaims c = bed.verifier.verify(token, TokenPurpose.ACCESS);
        assertThat(c.notBefore()).contains(Instant.ofEpochSecond(1772366400));
        assertThat(c.expiresAt()).isEqualTo(Instant.ofEpochSecond(1772366700));
        assertThat(c.video()).isEqualTo(VideoGrant.builder().roomJoin(true).room("room-a").build());
        assertThat(c.purpose()).isEqualTo(TokenPurpose.ACCESS);
    }

    @Test
    void claimsInAnyOrderReadTheSame_theNamePredictionIsOnlyAShortcut() {
        String[] members = {"\"iss\":\"APIkey\"", "\"sub\":\"dave\"", "\"exp\":1772367000", "\"nbf\":1772366400", "\"name\":\"D\"",
                "\"video\":{\"room\":\"room-a\",\"roomJoin\":true,\"canPublish\":false}", "\"sip\":{}"};
        TokenClaims first = null;
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            java.util.List<String> shuffled = new java.util.ArrayList<>(java.util.List.of(members));
            java.util.Collections.shuffle(shuffled, random);
            String token = Jws.hs256("{\"alg\":\"HS256\"}", "{" + String.join(",", shuffled) + "}", new byte[32]);
            TokenClaims claims = bed.codec.decode(token).claims();
            if (first == null) {
                first = claims;
            }
            assertThat(claims).as("order %s", shuffled).isEqualTo(first);
        }
        assertThat(first.video()).isEqualTo(VideoGrant.builder().roomJoin(true).room("room-a").canPublish(false).build());
    }

    @Test
    void theCodecHasItsOwnSizeLimitWhateverThePolicy() {
        assertThatThrownBy(() -> bed.codec.decode("a".repeat(64 * 1024 + 1)))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(TokenRefusal.TOO_LARGE));
    }

    @Test
    void refusalMessagesCarryNoInput() {
        String hostile = Jws.hs256("{\"alg\":\"HS256\"}", "{\"iss\":\"<script>\",\"exp\":\"SECRET-LOOKING-VALUE\"}", new byte[32]);
        assertThatThrownBy(() -> bed.codec.decode(hostile))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.getMessage())
                        .doesNotContain("SECRET-LOOKING-VALUE").doesNotContain("<script>").startsWith("token_claim_type_invalid"));
    }
}
