package dev.parley.adapter.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import io.livekit.server.AccessToken;
import io.livekit.server.Agent;
import io.livekit.server.CanPublish;
import io.livekit.server.CanPublishData;
import io.livekit.server.CanPublishSources;
import io.livekit.server.CanSubscribe;
import io.livekit.server.CanUpdateOwnMetadata;
import io.livekit.server.DestinationRoomName;
import io.livekit.server.Hidden;
import io.livekit.server.IngressAdmin;
import io.livekit.server.Recorder;
import io.livekit.server.RoomAdmin;
import io.livekit.server.RoomCreate;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomList;
import io.livekit.server.RoomName;
import io.livekit.server.RoomRecord;
import io.livekit.server.SIPAdmin;
import io.livekit.server.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import livekit.LivekitAgentDispatch.RoomAgentDispatch;
import livekit.LivekitRoom.RoomConfiguration;
import livekit.LivekitWebhook.WebhookEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interop with LiveKit's own Java/Kotlin server SDK ({@code io.livekit:livekit-server}): tokens it
 * mints with every grant combination verify in Parley to the same domain grants; tokens Parley
 * mints verify under the JWT library that SDK signs with (com.auth0 java-jwt, HS256, issuer =
 * API key) and read back to the same grants, and Parley's webhook tokens pass the SDK's own
 * {@link WebhookReceiver}.
 */
class LiveKitSdkInteropTest {

    private static final String KEY = "APIinterop";
    private static final String SECRET = "interop-secret-0123456789-abcdefghijklmnop";

    /** The nine plain booleans of LiveKit's video grant, each as the SDK sets it and as the domain builder sets it. */
    private record Flag(java.util.function.Function<Boolean, io.livekit.server.VideoGrant> sdk,
                        BiConsumer<VideoGrant.Builder, Boolean> domain) {
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag(RoomCreate::new, VideoGrant.Builder::roomCreate),
            new Flag(RoomList::new, VideoGrant.Builder::roomList),
            new Flag(RoomRecord::new, VideoGrant.Builder::roomRecord),
            new Flag(RoomAdmin::new, VideoGrant.Builder::roomAdmin),
            new Flag(RoomJoin::new, VideoGrant.Builder::roomJoin),
            new Flag(IngressAdmin::new, VideoGrant.Builder::ingressAdmin),
            new Flag(Hidden::new, VideoGrant.Builder::hidden),
            new Flag(Recorder::new, VideoGrant.Builder::recorder),
            new Flag(Agent::new, VideoGrant.Builder::agent));

    /** The four optional booleans (*bool in LiveKit): absent, true or false. */
    private static final List<Flag> OPTIONALS = List.of(
            new Flag(CanPublish::new, VideoGrant.Builder::canPublish),
            new Flag(CanSubscribe::new, VideoGrant.Builder::canSubscribe),
            new Flag(CanPublishData::new, VideoGrant.Builder::canPublishData),
            new Flag(CanUpdateOwnMetadata::new, VideoGrant.Builder::canUpdateOwnMetadata));

    private static final Boolean[] TRI_STATE = {null, Boolean.TRUE, Boolean.FALSE};

    private TokenTestBed bed;

    @BeforeEach
    void setUp() {
        bed = TokenTestBed.realTime();
        bed.keys.importSecret(KEY, SECRET);
    }

    private static AccessToken sdkToken() {
        AccessToken t = new AccessToken(KEY, SECRET);
        t.setIdentity("alice");
        t.setTtl(Duration.ofMinutes(10).toMillis());
        return t;
    }

    private static List<Set<TrackSource>> sourceSubsets() {
        List<Set<TrackSource>> subsets = new ArrayList<>();
        TrackSource[] all = TrackSource.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            EnumSet<TrackSource> s = EnumSet.noneOf(TrackSource.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask >> i & 1) == 1) {
                    s.add(all[i]);
                }
            }
            subsets.add(s);
        }
        return subsets;
    }

    // ---------------------------------------------------------------- LiveKit SDK mints, Parley verifies

    @Test
    void everyCombinationOfTheNineFlagsMintedByTheSdkVerifiesToTheSameDomainGrant() {
        for (int mask = 0; mask < 1 << FLAGS.size(); mask++) {
            AccessToken at = sdkToken();
            VideoGrant.Builder expected = VideoGrant.builder().room("room-a");
            at.addGrants(new RoomName("room-a"));
            for (int i = 0; i < FLAGS.size(); i++) {
                boolean v = (mask >> i & 1) == 1;
                at.addGrants(FLAGS.get(i).sdk.apply(v));
                FLAGS.get(i).domain.accept(expected, v);
            }
            TokenClaims claims = bed.verifier.verify(at.toJwt(), TokenPurpose.ACCESS);
            assertThat(claims.video()).as("flags %s", Integer.toBinaryString(mask)).isEqualTo(expected.build());
        }
    }

    @Test
    void everyCombinationOfOptionalPermissionsAndSourcesMintedByTheSdkVerifiesToTheSameDomainGrant() {
        int checked = 0;
        for (int combo = 0; combo < 81; combo++) {
            for (Set<TrackSource> sources : sourceSubsets()) {
                AccessToken at = sdkToken();
                at.addGrants(new RoomJoin(true), new RoomName("room-a"));
                VideoGrant.Builder expected = VideoGrant.builder().roomJoin(true).room("room-a").canPublishSources(sources);
                int c = combo;
                for (Flag f : OPTIONALS) {
                    Boolean v = TRI_STATE[c % 3];
                    c /= 3;
                    if (v != null) {
                        at.addGrants(f.sdk.apply(v));
                    }
                    f.domain.accept(expected, v);
                }
                if (!sources.isEmpty()) {
                    at.addGrants(new CanPublishSources(sources.stream().map(TrackSource::claimValue).toList()));
                }
                VideoGrant got = bed.verifier.verify(at.toJwt(), TokenPurpose.ACCESS).video();
                VideoGrant want = expected.build();
                assertThat(got).as("combo %d sources %s", combo, sources).isEqualTo(want);
                assertThat(got.effectiveCanPublishData()).isEqualTo(want.effectiveCanPublishData());
                for (TrackSource s : TrackSource.values()) {
                    assertThat(got.mayPublishSource(s)).isEqualTo(want.mayPublishSource(s));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(81 * 16);
    }

    @Test
    void theSdksOtherClaimsAreReadAndItsExtraClaimsIgnored() {
        AccessToken at = sdkToken();
        at.setName("Alice Liddell");
        at.setMetadata("{\"role\":\"speaker\"}");
        at.getAttributes().put("team", "red");
        at.getAttributes().put("seat", "12");
        at.setSha256("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        at.setRoomPreset("webinar");
        at.setNotBefore(new Date((bed.clock.instant().getEpochSecond() - 5) * 1000));
        at.setRoomConfiguration(RoomConfiguration.newBuilder().setName("room-a").setEmptyTimeout(30).setMaxParticipants(10)
                .addAgents(RoomAgentDispatch.newBuilder().setAgentName("bot").setMetadata("m").build()).build());
        at.addSIPGrants(new SIPAdmin(true));
        at.addGrants(new RoomJoin(true), new RoomName("room-a"), new DestinationRoomName("room-b"));

        TokenClaims c = bed.verifier.verify(at.toJwt(), TokenPurpose.ACCESS);
        assertThat(c.issuer()).isEqualTo(KEY);
        assertThat(c.subject()).contains(Identity.of("alice"));
        assertThat(c.name()).isEqualTo("Alice Liddell");
        assertThat(c.metadata()).isEqualTo("{\"role\":\"speaker\"}");
        assertThat(c.attributes()).isEqualTo(Map.of("team", "red", "seat", "12"));
        assertThat(c.sha256()).contains("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assertThat(c.notBefore()).contains(bed.clock.instant().minusSeconds(5));
        assertThat(c.video().destinationRoom()).isEqualTo("room-b");
        assertThat(c.purpose()).isEqualTo(TokenPurpose.ACCESS);
    }

    @Test
    void theSdksDefaultSixHourTokenWithoutNbfOrIatIsAccepted() {
        AccessToken at = new AccessToken(KEY, SECRET);
        at.setIdentity("bob");
        at.addGrants(new RoomJoin(true), new RoomName("room-a"));
        TokenClaims c = bed.verifier.verify(at.toJwt(), TokenPurpose.ACCESS);
        assertThat(c.notBefore()).isEmpty();
        assertThat(c.issuedAt()).isEmpty();
        assertThat(Duration.between(bed.clock.instant(), c.expiresAt())).isBetween(Duration.ofHours(6).minusSeconds(5), Duration.ofHours(6).plusSeconds(5));
    }

    @Test
    void aServerApiTokenFromTheSdkWithoutIdentityIsAccepted() {
        AccessToken at = new AccessToken(KEY, SECRET);
        at.setTtl(Duration.ofMinutes(10).toMillis());
        at.addGrants(new RoomCreate(true), new RoomList(true), new RoomAdmin(true), new RoomName("room-a"));
        TokenClaims c = bed.verifier.verify(at.toJwt(), TokenPurpose.ACCESS);
        assertThat(c.subject()).isEmpty();
        assertThat(c.video().roomAdmin()).isTrue();
    }

    @Test
    void anSdkTokenSignedWithAnotherSecretIsRefused() {
        AccessToken at = new AccessToken(KEY, SECRET + "-wrong");
        at.setIdentity("alice");
        assertThatThrownBy(() -> bed.verifier.verify(at.toJwt(), TokenPurpose.ACCESS)).hasMessageStartingWith("token_signature_invalid");
    }

    // ---------------------------------------------------------------- Parley mints, LiveKit's verifier reads

    /** Reads a video claim as LiveKit does (Go's json.Unmarshal into auth.VideoGrant: absent *bool = nil). */
    @SuppressWarnings("unchecked")
    private static VideoGrant asLiveKitReadsIt(Map<String, Object> v) {
        VideoGrant.Builder g = VideoGrant.builder();
        g.roomCreate(Boolean.TRUE.equals(v.get("roomCreate"))).roomList(Boolean.TRUE.equals(v.get("roomList")))
                .roomRecord(Boolean.TRUE.equals(v.get("roomRecord"))).roomAdmin(Boolean.TRUE.equals(v.get("roomAdmin")))
                .roomJoin(Boolean.TRUE.equals(v.get("roomJoin"))).ingressAdmin(Boolean.TRUE.equals(v.get("ingressAdmin")))
                .hidden(Boolean.TRUE.equals(v.get("hidden"))).recorder(Boolean.TRUE.equals(v.get("recorder")))
                .agent(Boolean.TRUE.equals(v.get("agent")))
                .room((String) v.getOrDefault("room", "")).destinationRoom((String) v.getOrDefault("destinationRoom", ""))
                .canPublish((Boolean) v.get("canPublish")).canSubscribe((Boolean) v.get("canSubscribe"))
                .canPublishData((Boolean) v.get("canPublishData")).canUpdateOwnMetadata((Boolean) v.get("canUpdateOwnMetadata"));
        List<String> sources = (List<String>) v.get("canPublishSources");
        if (sources != null) {
            EnumSet<TrackSource> set = EnumSet.noneOf(TrackSource.class);
            sources.forEach(s -> set.add(TrackSource.fromClaim(s).orElseThrow()));
            g.canPublishSources(set);
        }
        return g.build();
    }

    private DecodedJWT liveKitVerify(String token) {
        return JWT.require(Algorithm.HMAC256(SECRET)).withIssuer(KEY).acceptLeeway(60).build().verify(token);
    }

    @Test
    void everyFlagCombinationMintedByParleyVerifiesInLiveKitsJwtLibraryToTheSameGrant() {
        for (int mask = 0; mask < 1 << FLAGS.size(); mask++) {
            VideoGrant.Builder grant = VideoGrant.builder();
            for (int i = 0; i < FLAGS.size(); i++) {
                FLAGS.get(i).domain.accept(grant, (mask >> i & 1) == 1);
            }
            MintedToken t = bed.minter.mint(MintTokenCommand.builder().keyId(KEY).identity(Identity.of("alice")).room("room-a")
                    .grants(grant.build()).build());
            DecodedJWT jwt = liveKitVerify(t.token());
            assertThat(asLiveKitReadsIt(jwt.getClaim("video").asMap())).as("flags %s", Integer.toBinaryString(mask))
                    .isEqualTo(t.claims().video());
        }
    }

    @Test
    void everyOptionalPermissionAndSourceCombinationMintedByParleyReadsBackInLiveKitsJwtLibrary() {
        for (int combo = 0; combo < 81; combo++) {
            for (Set<TrackSource> sources : sourceSubsets()) {
                VideoGrant.Builder grant = VideoGrant.builder().roomJoin(true).canPublishSources(sources);
                int c = combo;
                for (Flag f : OPTIONALS) {
                    f.domain.accept(grant, TRI_STATE[c % 3]);
                    c /= 3;
                }
                MintedToken t = bed.minter.mint(MintTokenCommand.builder().keyId(KEY).identity(Identity.of("alice")).room("room-a")
                        .grants(grant.build()).build());
                assertThat(asLiveKitReadsIt(liveKitVerify(t.token()).getClaim("video").asMap()))
                        .as("combo %d sources %s", combo, sources).isEqualTo(t.claims().video());
            }
        }
    }

    @Test
    void parleysRegisteredAndCustomClaimsReadBackInLiveKitsJwtLibrary() {
        MintedToken t = bed.minter.mint(MintTokenCommand.builder().keyId(KEY).identity(Identity.of("Zoë")).room("room-a")
                .grants(VideoGrant.builder().roomJoin(true).build()).name("Zoë Z").metadata("{\"a\":1}")
                .attributes(Map.of("team", "blue")).ttl(Duration.ofMinutes(30)).build());
        DecodedJWT jwt = liveKitVerify(t.token());
        assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
        assertThat(jwt.getType()).isEqualTo("JWT");
        assertThat(jwt.getIssuer()).isEqualTo(KEY);
        assertThat(jwt.getSubject()).isEqualTo("Zoë");
        assertThat(jwt.getClaim("name").asString()).isEqualTo("Zoë Z");
        assertThat(jwt.getClaim("metadata").asString()).isEqualTo("{\"a\":1}");
        assertThat(jwt.getClaim("attributes").asMap()).isEqualTo(Map.of("team", "blue"));
        assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(t.claims().expiresAt());
        assertThat(jwt.getNotBeforeAsInstant()).isEqualTo(t.claims().notBefore().orElseThrow());
        assertThat(jwt.getId()).isEqualTo(t.claims().tokenId().orElseThrow());
    }

    @Test
    void aParleyWebhookTokenPassesTheSdksWebhookReceiver() throws Exception {
        String body = "{\"event\":\"room_started\",\"room\":{\"name\":\"room-a\"},\"id\":\"EV_1\",\"createdAt\":\"1772366400\"}";
        String sha256 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        MintedToken t = bed.minter.mint(MintTokenCommand.builder().keyId(KEY).sha256(sha256).purpose(TokenPurpose.WEBHOOK)
                .ttl(Duration.ofMinutes(5)).build());

        WebhookEvent event = new WebhookReceiver(KEY, SECRET).receive(body, t.token());
        assertThat(event.getEvent()).isEqualTo("room_started");
        assertThat(event.getRoom().getName()).isEqualTo("room-a");
        assertThatThrownBy(() -> new WebhookReceiver(KEY, SECRET).receive(body.replace("room-a", "room-b"), t.token()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookReceiver(KEY, SECRET + "x").receive(body, t.token())).isInstanceOf(Exception.class);
    }
}
