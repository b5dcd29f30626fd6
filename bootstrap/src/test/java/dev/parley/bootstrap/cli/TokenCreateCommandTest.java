package dev.parley.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.crypto.jwt.JacksonJwtCodec;
import dev.parley.adapter.crypto.keys.SecureKeyMaterialGenerator;
import dev.parley.adapter.crypto.seal.AesGcmSecretSealer;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.port.RevocationList;
import dev.parley.bootstrap.keys.DevKeyFile;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.participant.Identity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley token create} mints tokens the server's verifier accepts, with exactly the grants asked for. */
class TokenCreateCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ParleyCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private TokenClaims verify(String token, DevKeyFile.Loaded key) {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        AesGcmSecretSealer sealer = AesGcmSecretSealer.withMasterKey(master);
        SingleKeyStore store = new SingleKeyStore();
        Clock clock = Clock.systemUTC();
        new KeyRingService(store, sealer, new SecureKeyMaterialGenerator(), clock, TokenPolicy.defaults())
                .importSecret(key.key().id(), new String(key.key().secret(), StandardCharsets.UTF_8));
        return new TokenVerificationService(new JacksonJwtCodec(), new KeyRing(store, sealer), new NothingRevoked(), clock,
                TokenPolicy.defaults()).verify(token, TokenPurpose.ACCESS);
    }

    @Test
    void aJoinTokenCarriesTheRoomIdentityGrantsAndTtlAskedFor() throws Exception {
        DevKeyFile.Loaded key = DevKeyFile.loadOrCreate(data, new SecureRandom());

        int code = run("token", "create", "--data-dir", data.toString(), "--room", "standup", "--identity", "ann",
                "--name", "Ann", "--grant", "canPublish=true", "--grant", "canPublishSources=camera,microphone",
                "--grant", "canPublishData=false", "--ttl", "1h30m");

        assertThat(code).as(err.toString()).isZero();
        TokenClaims claims = verify(out.toString().trim(), key);
        assertThat(claims.subject()).contains(Identity.of("ann"));
        assertThat(claims.video().roomJoin()).isTrue();
        assertThat(claims.video().room()).isEqualTo("standup");
        assertThat(claims.video().effectiveCanPublishData()).isFalse();
        assertThat(claims.video().mayPublishSource(TrackSource.CAMERA)).isTrue();
        assertThat(claims.video().mayPublishSource(TrackSource.SCREEN_SHARE)).isFalse();
        assertThat(Duration.between(claims.issuedAt().orElseThrow(), claims.expiresAt())).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void anUnknownGrantIsRefusedWithTheListOfValidNames() throws Exception {
        DevKeyFile.loadOrCreate(data, new SecureRandom());

        int code = run("token", "create", "--data-dir", data.toString(), "--room", "r", "--identity", "ann",
                "--grant", "canFly=true");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("unknown grant 'canFly'").contains("canPublishSources");
    }

    @Test
    void aBadDurationIsAUsageError() throws Exception {
        DevKeyFile.loadOrCreate(data, new SecureRandom());

        int code = run("token", "create", "--data-dir", data.toString(), "--room", "r", "--identity", "ann", "--ttl", "10 minutes");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not a duration");
    }

    @Test
    void withoutCredentialsItSaysWhereToPutThem() {
        int code = run("token", "create", "--data-dir", data.resolve("nowhere").toString(), "--room", "r", "--identity", "ann");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("PARLEY_API_SECRET");
    }

    /** A revocation list with nothing in it. */
    private static final class NothingRevoked implements RevocationList {
        @Override public void revokeTokenId(String tokenId, Instant until) { }
        @Override public void revokeSubject(Identity identity, String room, Instant issuedBefore, Instant until) { }
        @Override public boolean isTokenIdRevoked(String tokenId, Instant now) { return false; }
        @Override public boolean isSubjectRevoked(Identity identity, String room, Instant issuedAt, Instant now) { return false; }
        @Override public int purgeExpired(Instant now) { return 0; }
    }
}
