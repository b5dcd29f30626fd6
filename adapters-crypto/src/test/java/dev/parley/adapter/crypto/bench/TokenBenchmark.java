package dev.parley.adapter.crypto.bench;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import dev.parley.adapter.crypto.jwt.JacksonJwtCodec;
import dev.parley.adapter.crypto.keys.SecureKeyMaterialGenerator;
import dev.parley.adapter.crypto.seal.AesGcmSecretSealer;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.MintedToken;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.livekit.server.AccessToken;
import io.livekit.server.CanPublish;
import io.livekit.server.CanPublishData;
import io.livekit.server.CanPublishSources;
import io.livekit.server.CanSubscribe;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HS256 verification of one realistic LiveKit access token (minted by LiveKit's own Java SDK:
 * identity, name, metadata, nbf, exp, a join grant with publish permissions and two sources, an
 * empty sip grant) by Parley's verify use case and by com.auth0 java-jwt (what LiveKit's Java SDK
 * uses), jjwt and nimbus-jose-jwt, each checking the signature, issuer and times and reading every
 * claim LiveKit defines; plus minting by Parley and by LiveKit's SDK.
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -pl domain,application install -DskipTests
 * mvn -q -pl adapters-crypto -Pbench -DskipTests test-compile exec:exec                     # ops/s, 1 thread
 * mvn -q -pl adapters-crypto -Pbench -DskipTests test-compile exec:exec -Dbench.args="-f 1 -wi 3 -i 5 -w 1s -r 1s -bm sample -tu us"   # median, us
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenBenchmark {

    private static final String KEY = "APIbench";
    private static final String SECRET = "bK7vQ2mX9pL4wR8tY1zN6cF3hJ5dS0gA-eU_iO7kM2q";

    private String token;
    private TokenVerificationService parley;
    private TokenMintingService parleyMinter;
    private MintTokenCommand mintCommand;
    private JWTVerifier auth0;
    private JwtParser jjwt;
    private JWSVerifier nimbusSignature;
    private DefaultJWTClaimsVerifier<?> nimbusClaims;

    @Setup
    public void setUp() throws Exception {
        AccessToken at = new AccessToken(KEY, SECRET);
        at.setIdentity("participant-7f3a9c");
        at.setName("Ada Lovelace");
        at.setMetadata("{\"role\":\"speaker\",\"avatar\":\"https://cdn.example.com/a/7f3a9c.png\"}");
        at.setNotBefore(new Date());
        at.setTtl(Duration.ofHours(6).toMillis());
        at.addGrants(new RoomJoin(true), new RoomName("weekly-standup-42"), new CanPublish(true), new CanSubscribe(true),
                new CanPublishData(true), new CanPublishSources(List.of("camera", "microphone")));
        token = at.toJwt();

        InMemoryKeyRingStore store = new InMemoryKeyRingStore();
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        AesGcmSecretSealer sealer = AesGcmSecretSealer.withMasterKey(master);
        new KeyRingService(store, sealer, new SecureKeyMaterialGenerator(), Clock.systemUTC(), TokenPolicy.defaults()).importSecret(KEY, SECRET);
        KeyRing ring = new KeyRing(store, sealer);
        JacksonJwtCodec codec = new JacksonJwtCodec();
        parley = new TokenVerificationService(codec, ring, new InMemoryRevocationList(), Clock.systemUTC(), TokenPolicy.defaults());
        parleyMinter = new TokenMintingService(codec, ring, Clock.systemUTC(), TokenPolicy.defaults());
        mintCommand = MintTokenCommand.builder().keyId(KEY).identity(Identity.of("participant-7f3a9c")).room("weekly-standup-42")
                .grants(VideoGrant.builder().roomJoin(true).canPublish(true).canSubscribe(true).canPublishData(true)
                        .canPublishSources(Set.of(TrackSource.CAMERA, TrackSource.MICROPHONE)).build())
                .name("Ada Lovelace").metadata("{\"role\":\"speaker\",\"avatar\":\"https://cdn.example.com/a/7f3a9c.png\"}")
                .ttl(Duration.ofHours(6)).build();

        auth0 = JWT.require(Algorithm.HMAC256(SECRET)).withIssuer(KEY).acceptLeeway(60).build();
        jjwt = Jwts.parser().verifyWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)))
                .requireIssuer(KEY).clockSkewSeconds(60).build();
        nimbusSignature = new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8));
        nimbusClaims = new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(KEY).build(), new HashSet<>(List.of("exp", "iss")));
        nimbusClaims.setMaxClockSkew(60);

        // Every contender must accept the token before it is timed.
        parleyVerify(new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        auth0Verify(new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        jjwtVerify(new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
        nimbusVerify(new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
    }

    /** Parley: the whole verify use case (size, strict parse, key ring, alg pin, HMAC, times, identity, purpose, revocation). */
    @Benchmark
    public void parleyVerify(Blackhole bh) {
        TokenClaims c = parley.verify(token, TokenPurpose.ACCESS);
        bh.consume(c.video().canPublishSources());
        bh.consume(c.subject());
        bh.consume(c.name());
        bh.consume(c.metadata());
    }

    /** com.auth0 java-jwt, as LiveKit's Java SDK would verify: HS256, issuer, exp/nbf, then every LiveKit claim read. */
    @Benchmark
    public void auth0Verify(Blackhole bh) {
        DecodedJWT jwt = auth0.verify(token);
        Map<String, Object> video = jwt.getClaim("video").asMap();
        bh.consume(video.get("canPublishSources"));
        bh.consume(jwt.getSubject());
        bh.consume(jwt.getClaim("name").asString());
        bh.consume(jwt.getClaim("metadata").asString());
        bh.consume(jwt.getClaim("attributes").asMap());
    }

    /** jjwt (api/impl/jackson): signature, issuer, exp/nbf, then every LiveKit claim read. */
    @Benchmark
    public void jjwtVerify(Blackhole bh) {
        Claims c = jjwt.parseSignedClaims(token).getPayload();
        bh.consume(c.get("video", Map.class).get("canPublishSources"));
        bh.consume(c.getSubject());
        bh.consume(c.get("name", String.class));
        bh.consume(c.get("metadata", String.class));
        bh.consume(c.get("attributes", Map.class));
    }

    /** nimbus-jose-jwt: parse, MAC verify, the standard claims verifier (iss, exp, nbf), then every LiveKit claim read. */
    @Benchmark
    public void nimbusVerify(Blackhole bh) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        if (!jwt.verify(nimbusSignature)) {
            throw new IllegalStateException("signature");
        }
        JWTClaimsSet cs = jwt.getJWTClaimsSet();
        nimbusClaims.verify(cs, null);
        bh.consume(cs.getJSONObjectClaim("video").get("canPublishSources"));
        bh.consume(cs.getSubject());
        bh.consume(cs.getStringClaim("name"));
        bh.consume(cs.getStringClaim("metadata"));
        bh.consume(cs.getJSONObjectClaim("attributes"));
    }

    /** Parley: the whole mint use case (key ring, policy, random jti, JSON, HMAC). */
    @Benchmark
    public MintedToken parleyMint() {
        return parleyMinter.mint(mintCommand);
    }

    /** LiveKit's Java SDK minting the same token (java-jwt underneath), for reference. */
    @Benchmark
    public String liveKitSdkMint() {
        AccessToken at = new AccessToken(KEY, SECRET);
        at.setIdentity("participant-7f3a9c");
        at.setName("Ada Lovelace");
        at.setMetadata("{\"role\":\"speaker\",\"avatar\":\"https://cdn.example.com/a/7f3a9c.png\"}");
        at.setTtl(Duration.ofHours(6).toMillis());
        at.addGrants(new RoomJoin(true), new RoomName("weekly-standup-42"), new CanPublish(true), new CanSubscribe(true),
                new CanPublishData(true), new CanPublishSources(List.of("camera", "microphone")));
        return at.toJwt();
    }
}
