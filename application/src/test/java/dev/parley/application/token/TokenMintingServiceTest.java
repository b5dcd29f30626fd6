package dev.parley.application.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.model.TokenClaims;

/** Minting rules of {@link TokenMintingService}, checked by verifying what it mints. */
class TokenMintingServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.750Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryKeyRingStore store = new InMemoryKeyRingStore();
    private final FakeSecretSealer sealer = new FakeSecretSealer();
    private final KeyRingService keys = new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(2), clock, TokenPolicy.defaults());
    private final KeyRing keyRing = new KeyRing(store, sealer);
    private final FakeJwtCodec codec = new FakeJwtCodec();
    private final TokenMintingService minter = new TokenMintingService(codec, keyRing, clock, TokenPolicy.defaults());
    private final TokenVerificationService verifier = new TokenVerificationService(codec, keyRing, new InMemoryRevocationList(), clock,
            TokenPolicy.defaults());

    private static MintTokenCommand.Builder join() {
        return MintTokenCommand.builder().identity(Identity.of("alice")).room("room-a").grants(VideoGrant.builder().roomJoin(true).build());
    }

    private void assertRefused(MintTokenCommand command, TokenRefusal expected) {
        assertThatThrownBy(() -> minter.mint(command))
                .isInstanceOfSatisfying(TokenRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(expected));
    }

    @Test
    void aMintedTokenVerifiesToTheSameClaims() {
        keys.create(TokenAlgorithm.HS256);
        VideoGrant grant = VideoGrant.builder().roomJoin(true).canPublish(true).canPublishSources(Set.of(TrackSource.CAMERA)).build();
        MintedToken minted = minter.mint(join().grants(grant).name("Alice").metadata("{\"a\":1}")
                .attributes(Map.of("team", "red")).kind(ParticipantKind.AGENT).build());

        TokenClaims verified = verifier.verify(minted.token(), TokenPurpose.ACCESS);
        assertThat(verified).isEqualTo(minted.claims());
        assertThat(verified.video().room()).isEqualTo("room-a");
        assertThat(verified.video().canPublishSources()).containsExactly(TrackSource.CAMERA);
        assertThat(verified.kind()).isEqualTo(ParticipantKind.AGENT);
    }

    @Test
    void theDefaultTtlIsTenMinutesAndTimesAreWholeSeconds() {
        keys.create(TokenAlgorithm.HS256);
        TokenClaims claims = minter.mint(join().build()).claims();
        Instant second = Instant.parse("2026-03-01T12:00:00Z");
        assertThat(claims.issuedAt()).contains(second);
        assertThat(claims.notBefore()).contains(second);
        assertThat(claims.expiresAt()).isEqualTo(second.plus(Duration.ofMinutes(10)));
    }

    @Test
    void everyMintedTokenHasItsOwnRandomJti() {
        keys.create(TokenAlgorithm.HS256);
        String a = minter.mint(join().build()).claims().tokenId().orElseThrow();
        String b = minter.mint(join().build()).claims().tokenId().orElseThrow();
        assertThat(a).hasSize(22).isNotEqualTo(b);
    }

    @Test
    void theNewestActiveKeySignsWhenNoKeyIsNamed() {
        NewKey first = keys.create(TokenAlgorithm.HS256);
        clock.advance(Duration.ofSeconds(1));
        NewKey second = keys.create(TokenAlgorithm.EDDSA);
        assertThat(minter.mint(join().build()).claims().issuer()).isEqualTo(second.key().id());
        keys.changeState(second.key().id(), KeyState.VERIFY_ONLY);
        assertThat(minter.mint(join().build()).claims().issuer()).isEqualTo(first.key().id());
    }

    @Test
    void aVerifyOnlyKeyCannotMint() {
        NewKey k = keys.create(TokenAlgorithm.HS256);
        keys.changeState(k.key().id(), KeyState.VERIFY_ONLY);
        assertRefused(join().keyId(k.key().id()).build(), TokenRefusal.KEY_NOT_ACTIVE);
        assertRefused(join().build(), TokenRefusal.KEY_NOT_ACTIVE);
    }

    @Test
    void aRevokedKeyCannotMint() {
        NewKey k = keys.create(TokenAlgorithm.HS256);
        keys.changeState(k.key().id(), KeyState.REVOKED);
        assertRefused(join().keyId(k.key().id()).build(), TokenRefusal.KEY_REVOKED);
    }

    @Test
    void aPublicOnlyEd25519KeyCannotMint() {
        keys.importPublicKey("APIpub", new byte[32]);
        assertRefused(join().keyId("APIpub").build(), TokenRefusal.KEY_NOT_ACTIVE);
    }

    @Test
    void anUnknownKeyCannotMint() {
        assertRefused(join().keyId("APInone").build(), TokenRefusal.UNKNOWN_KEY);
    }

    @Test
    void aTtlAboveTheMaximumLifetimeIsRefused() {
        keys.create(TokenAlgorithm.HS256);
        assertRefused(join().ttl(Duration.ofHours(24).plusSeconds(1)).build(), TokenRefusal.LIFETIME_EXCEEDED);
        assertRefused(join().ttl(Duration.ZERO).build(), TokenRefusal.CLAIM_INVALID);
        assertThat(minter.mint(join().ttl(Duration.ofHours(24)).build()).claims().expiresAt())
                .isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    }

    @Test
    void aRoomJoinWithoutIdentityIsRefused() {
        keys.create(TokenAlgorithm.HS256);
        assertRefused(join().identity(null).build(), TokenRefusal.IDENTITY_INVALID);
    }

    @Test
    void aServerTokenNeedsNoIdentity() {
        keys.create(TokenAlgorithm.HS256);
        MintedToken t = minter.mint(MintTokenCommand.builder().grants(VideoGrant.builder().roomCreate(true).roomList(true).build()).build());
        assertThat(verifier.verify(t.token(), TokenPurpose.ACCESS).subject()).isEmpty();
    }

    @Test
    void aRoomThatContradictsTheGrantsRoomIsRefused() {
        keys.create(TokenAlgorithm.HS256);
        assertRefused(join().grants(VideoGrant.join("room-b")).build(), TokenRefusal.CLAIM_INVALID);
    }

    @Test
    void anInvalidRoomNameIsRefused() {
        keys.create(TokenAlgorithm.HS256);
        assertRefused(join().room("room a/../b").build(), TokenRefusal.CLAIM_INVALID);
    }

    @Test
    void thePurposeIsCarriedAndEnforced() {
        keys.create(TokenAlgorithm.HS256);
        MintedToken t = minter.mint(join().purpose(TokenPurpose.RENEWAL).build());
        assertThat(verifier.verify(t.token(), TokenPurpose.RENEWAL).purpose()).isEqualTo(TokenPurpose.RENEWAL);
        assertThatThrownBy(() -> verifier.verify(t.token(), TokenPurpose.ACCESS)).isInstanceOf(TokenRefusedException.class);
    }

    @Test
    void aMintedTokenDoesNotPrintItself() {
        keys.create(TokenAlgorithm.HS256);
        MintedToken t = minter.mint(join().build());
        assertThat(t.toString()).doesNotContain(t.token()).contains("redacted");
    }
}
